package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.checkBounds;
import static io.jfvm.syscalls.ActorMemory.putTokenAmount;
import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.readAddress;
import static io.jfvm.syscalls.ActorMemory.readCid;
import static io.jfvm.syscalls.ActorMemory.writeCid;

/** The {@code self} namespace ({@code fvm/src/syscalls/sself.rs}). */
final class SelfSyscalls {
    private SelfSyscalls() {}

    /** {@code self.root(r, obuf, obuf_len) -> u32}: the output buffer is checked first. */
    static int root(SyscallContext c, int ret, int obuf, int obufLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), obuf, obufLen);
            var cid = c.kernel.root();
            putU32(c.mem(), ret, writeCid(c.mem(), cid, obuf, obufLen));
        });
    }

    /** {@code self.set_root(cid_off)}. */
    static int setRoot(SyscallContext c, int cidOff) {
        return c.call(() -> c.kernel.setRoot(readCid(c.mem(), cidOff)));
    }

    /** {@code self.current_balance(r) -> TokenAmount}. */
    static int currentBalance(SyscallContext c, int ret) {
        return c.call(ret, NetworkSyscalls.TOKEN_AMOUNT, () -> putTokenAmount(c.mem(), ret, c.kernel.currentBalance()));
    }

    /** v4 {@code self.self_destruct(burn_unspent)} (FIP-0073): any nonzero value means burn. */
    static int selfDestruct(SyscallContext c, int burnUnspent) {
        return c.call(() -> c.kernel.selfDestruct(burnUnspent != 0));
    }

    /** v2 and v3 {@code self.self_destruct(addr_off, addr_len)}: the balance goes to a beneficiary. */
    static int selfDestructTo(SyscallContext c, int addrOff, int addrLen) {
        return c.call(() -> c.kernel.selfDestruct(readAddress(c.mem(), addrOff, addrLen)));
    }
}
