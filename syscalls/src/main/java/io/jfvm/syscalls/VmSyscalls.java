package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.putTokenAmount;
import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.putU64;

import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.SyscallError;
import java.nio.charset.StandardCharsets;

/** The {@code vm} namespace ({@code fvm/src/syscalls/vm.rs}). */
final class VmSyscalls {
    private VmSyscalls() {}

    static final int MESSAGE_CONTEXT = 80;
    static final int INVOCATION_CONTEXT_V2 = 52;
    static final int MAX_EXIT_MESSAGE_LEN = 1024;

    /**
     * v3+ {@code vm.exit(code, blk, msg_off, msg_len)}: never returns. A code below 16 other than 0 becomes
     * SYS_ILLEGAL_EXIT_CODE; a message that cannot be read is replaced by a description, a long one shortened.
     */
    static int exit(SyscallContext c, int code, int blk, int msgOff, int msgLen) {
        return c.call(() -> {
            if (code != 0 && Integer.compareUnsigned(code, ExitCode.FIRST_USER_EXIT_CODE) < 0) {
                throw new ActorExit(ExitCode.SYS_ILLEGAL_EXIT_CODE, "actor aborted with code " + code, blk);
            }
            throw new ActorExit(code, exitMessage(c.mem(), msgOff, msgLen), blk);
        });
    }

    private static String exitMessage(byte[] mem, int msgOff, int msgLen) {
        if (msgLen == 0) {
            return "actor aborted";
        }
        if (!ActorMemory.inBounds(mem, msgOff, msgLen)) {
            return "failed to extract error message: buffer " + Integer.toUnsignedString(msgOff) + " (length "
                    + Integer.toUnsignedString(msgLen) + ") out of bounds";
        }
        if (Integer.toUnsignedLong(msgLen) > MAX_EXIT_MESSAGE_LEN) {
            int half = MAX_EXIT_MESSAGE_LEN / 2;
            return new String(mem, msgOff, half, StandardCharsets.UTF_8) + " ... (skipped "
                    + (Integer.toUnsignedLong(msgLen) - MAX_EXIT_MESSAGE_LEN) + " bytes) ... "
                    + new String(mem, msgOff + msgLen - half, half, StandardCharsets.UTF_8);
        }
        return new String(mem, msgOff, msgLen, StandardCharsets.UTF_8);
    }

    /**
     * v2 {@code vm.abort(code, msg_off, msg_len)}: never returns. From nv16 any code below 16, including 0, becomes
     * SYS_ILLEGAL_EXIT_CODE; a message that is not valid UTF-8 keeps the code.
     */
    static int abort(SyscallContext c, int code, int msgOff, int msgLen) {
        return c.call(() -> {
            if (Integer.compareUnsigned(code, ExitCode.FIRST_USER_EXIT_CODE) < 0) {
                throw new ActorExit(ExitCode.SYS_ILLEGAL_EXIT_CODE, "actor aborted with code " + code, 0);
            }
            if (msgLen == 0) {
                throw new ActorExit(code, "actor aborted", 0);
            }
            String message;
            try {
                message = ActorMemory.readUtf8(c.mem(), msgOff, msgLen);
            } catch (SyscallError e) {
                message = "actor aborted with an invalid message: " + e.getMessage() + " (code=" + e.number() + ")";
            }
            throw new ActorExit(code, message, 0);
        });
    }

    /** v3+ {@code vm.message_context(r) -> MessageContext} (80 bytes). */
    static int messageContext(SyscallContext c, int ret) {
        return c.call(ret, MESSAGE_CONTEXT, () -> {
            MessageContext m = c.kernel.messageContext();
            byte[] mem = c.mem();
            putU64(mem, ret, m.origin());
            putU64(mem, ret + 8, m.nonce());
            putU64(mem, ret + 16, m.caller());
            putU64(mem, ret + 24, m.receiver());
            putU64(mem, ret + 32, m.methodNumber());
            putTokenAmount(mem, ret + 40, m.valueReceived());
            putTokenAmount(mem, ret + 56, m.gasPremium());
            putU64(mem, ret + 72, m.flags());
        });
    }

    /**
     * v2 {@code vm.context(r) -> InvocationContext} (52 bytes): value_received, caller, receiver, method_number,
     * network_curr_epoch, network_version.
     */
    static int invocationContext(SyscallContext c, int ret) {
        return c.call(ret, INVOCATION_CONTEXT_V2, () -> {
            MessageContext m = c.kernel.messageContext();
            NetworkContext n = c.kernel.networkContext();
            byte[] mem = c.mem();
            putTokenAmount(mem, ret, m.valueReceived());
            putU64(mem, ret + 16, m.caller());
            putU64(mem, ret + 24, m.receiver());
            putU64(mem, ret + 32, m.methodNumber());
            putU64(mem, ret + 40, n.epoch());
            putU32(mem, ret + 48, n.networkVersion());
        });
    }
}
