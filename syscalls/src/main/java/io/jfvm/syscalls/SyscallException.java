package io.jfvm.syscalls;

import io.jfvm.ipld.types.ErrorNumber;

/**
 * A syscall error: the syscall returns {@link #errorNumber()} to the actor, which keeps running (ref-fvm
 * {@code ExecutionError::Syscall}). Kernel methods throw it for every error the actor may observe; it is distinct
 * from {@link Abort} (out of gas, fatal, {@code vm.exit}), which unwinds the actor.
 */
public final class SyscallException extends RuntimeException {
    private final ErrorNumber errorNumber;

    public SyscallException(ErrorNumber errorNumber, String message) {
        super(message, null, false, false);
        this.errorNumber = errorNumber;
    }

    public ErrorNumber errorNumber() {
        return errorNumber;
    }

    public static SyscallException illegalArgument(String message) {
        return new SyscallException(ErrorNumber.ILLEGAL_ARGUMENT, message);
    }

    public static SyscallException of(ErrorNumber errorNumber, String message) {
        return new SyscallException(errorNumber, message);
    }

    @Override
    public String toString() {
        return "syscall error " + errorNumber + " (" + errorNumber.code() + "): " + getMessage();
    }
}
