package io.jfvm.ipld.types;

/**
 * A recoverable error with an {@link ErrorNumber} (ref-fvm {@code ExecutionError::Syscall}): a syscall returns the
 * number to the actor, which keeps running. Thrown often on ordinary paths, so it records no stack trace.
 */
public final class SyscallError extends ExecutionError {
    private final ErrorNumber number;

    public SyscallError(ErrorNumber number, String message) {
        super(message, null, false);
        this.number = number;
    }

    public static SyscallError of(ErrorNumber number, String message) {
        return new SyscallError(number, message);
    }

    public static SyscallError illegalArgument(String message) {
        return new SyscallError(ErrorNumber.ILLEGAL_ARGUMENT, message);
    }

    public ErrorNumber number() {
        return number;
    }

    @Override
    public String toString() {
        return "syscall error " + number + " (" + number.code() + "): " + getMessage();
    }
}
