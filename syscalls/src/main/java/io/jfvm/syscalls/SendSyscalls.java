package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.putU64;
import static io.jfvm.syscalls.ActorMemory.readAddress;

import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.TokenAmount;

/** The {@code send} namespace ({@code fvm/src/syscalls/send.rs}). */
final class SendSyscalls {
    private SendSyscalls() {}

    static final int SEND = 20;

    /**
     * v3+ {@code send.send(r, recipient_off, recipient_len, method, params, value_hi, value_lo, gas_limit, flags)
     * -> Send}: only the read-only flag is defined.
     */
    static int send(SyscallContext c, int ret, int recOff, int recLen, long method, int params, long valueHi,
            long valueLo, long gasLimit, long flags) {
        return c.call(ret, SEND, () -> {
            Address to = readAddress(c.mem(), recOff, recLen);
            TokenAmount value = ActorMemory.tokenAmount(valueHi, valueLo);
            if ((flags & ~MessageContext.FLAG_READ_ONLY) != 0) {
                throw SyscallError.illegalArgument("invalid send flags: " + Long.toUnsignedString(flags));
            }
            write(c.mem(), ret, c.kernel.send(to, method, params, value, gasLimit, flags));
        });
    }

    /** v2 {@code send.send(r, recipient_off, recipient_len, method, params, value_hi, value_lo) -> Send}. */
    static int sendV2(SyscallContext c, int ret, int recOff, int recLen, long method, int params, long valueHi,
            long valueLo) {
        return c.call(ret, SEND, () -> {
            Address to = readAddress(c.mem(), recOff, recLen);
            TokenAmount value = ActorMemory.tokenAmount(valueHi, valueLo);
            write(c.mem(), ret, c.kernel.send(to, method, params, value, SendOps.NO_GAS_LIMIT, 0));
        });
    }

    private static void write(byte[] mem, int ret, SendResult r) {
        putU32(mem, ret, r.exitCode());
        putU32(mem, ret + 4, r.returnId());
        putU64(mem, ret + 8, r.returnCodec());
        putU32(mem, ret + 16, r.returnSize());
    }
}
