package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.putU64;

import io.jfvm.gas.Gas;

/** The {@code gas} namespace ({@code fvm/src/syscalls/gas.rs}). */
final class GasSyscalls {
    private GasSyscalls() {}

    /** v3+ {@code gas.charge(name_off, name_len, compute u64)}: whole gas, saturating to milligas. */
    static int charge(SyscallContext c, int nameOff, int nameLen, long compute) {
        return c.call(() -> {
            String name = ActorMemory.readUtf8(c.mem(), nameOff, nameLen);
            long milligas = compute < 0 || compute > Long.MAX_VALUE / Gas.MILLIGAS_PRECISION ? Long.MAX_VALUE
                    : compute * Gas.MILLIGAS_PRECISION;
            c.kernel.gasTracker().charge(name, milligas);
        });
    }

    /** v2 {@code gas.charge(name_off, name_len, compute i64)}: signed, so a negative amount refunds. */
    static int chargeSigned(SyscallContext c, int nameOff, int nameLen, long compute) {
        return c.call(() -> {
            String name = ActorMemory.readUtf8(c.mem(), nameOff, nameLen);
            c.kernel.gasTracker().charge(name, Gas.of(compute));
        });
    }

    /** v3+ {@code gas.available(r) -> u64}: available gas rounded down to whole gas. */
    static int available(SyscallContext c, int ret) {
        return c.call(ret, 8, () -> putU64(c.mem(), ret, c.kernel.gasTracker().availableRoundedDown()));
    }
}
