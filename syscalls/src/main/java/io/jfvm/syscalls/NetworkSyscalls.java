package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.checkBounds;
import static io.jfvm.syscalls.ActorMemory.putTokenAmount;
import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.putU64;
import static io.jfvm.syscalls.ActorMemory.writeCid;

import io.jfvm.ipld.Cid;

/** The {@code network} namespace ({@code fvm/src/syscalls/network.rs}). */
final class NetworkSyscalls {
    private NetworkSyscalls() {}

    static final int TOKEN_AMOUNT = 16;
    static final int NETWORK_CONTEXT = 44;

    /** {@code network.total_fil_circ_supply(r) -> TokenAmount}. */
    static int totalFilCircSupply(SyscallContext c, int ret) {
        return c.call(ret, TOKEN_AMOUNT, () -> putTokenAmount(c.mem(), ret, c.kernel.totalFilCircSupply()));
    }

    /** v2 {@code network.base_fee(r) -> TokenAmount}. */
    static int baseFee(SyscallContext c, int ret) {
        return c.call(ret, TOKEN_AMOUNT, () -> putTokenAmount(c.mem(), ret, c.kernel.networkContext().baseFee()));
    }

    /** v3+ {@code network.context(r) -> NetworkContext} (44 bytes). */
    static int context(SyscallContext c, int ret) {
        return c.call(ret, NETWORK_CONTEXT, () -> {
            NetworkContext n = c.kernel.networkContext();
            byte[] mem = c.mem();
            putU64(mem, ret, n.epoch());
            putU64(mem, ret + 8, n.timestamp());
            putTokenAmount(mem, ret + 16, n.baseFee());
            putU64(mem, ret + 32, n.chainId());
            putU32(mem, ret + 40, n.networkVersion());
        });
    }

    /** v3+ {@code network.tipset_cid(r, epoch, obuf, obuf_len) -> u32}: the output buffer is checked first. */
    static int tipsetCid(SyscallContext c, int ret, long epoch, int obuf, int obufLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), obuf, obufLen);
            Cid cid = c.kernel.tipsetCid(epoch);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, obuf, obufLen));
        });
    }
}
