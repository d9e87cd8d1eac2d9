package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.slice;

/** The {@code debug} namespace ({@code fvm/src/syscalls/debug.rs}): no-ops (still 14,000 gas) unless enabled. */
final class DebugSyscalls {
    private DebugSyscalls() {}

    /** {@code debug.log(msg_off, msg_len)}. */
    static int log(SyscallContext c, int off, int len) {
        return c.call(() -> {
            if (c.kernel.debugEnabled()) {
                c.kernel.log(ActorMemory.readUtf8(c.mem(), off, len));
            }
        });
    }

    /** {@code debug.enabled(r) -> i32}: 0 when enabled, -1 otherwise. */
    static int enabled(SyscallContext c, int ret) {
        return c.call(ret, 4, () -> putU32(c.mem(), ret, c.kernel.debugEnabled() ? 0 : -1));
    }

    /** {@code debug.store_artifact(name_off, name_len, data_off, data_len)}. */
    static int storeArtifact(SyscallContext c, int nameOff, int nameLen, int dataOff, int dataLen) {
        return c.call(() -> {
            if (c.kernel.debugEnabled()) {
                byte[] data = slice(c.mem(), dataOff, dataLen);
                byte[] name = slice(c.mem(), nameOff, nameLen);
                c.kernel.storeArtifact(ActorMemory.utf8(name), data);
            }
        });
    }
}
