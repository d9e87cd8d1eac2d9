package io.jfvm.runtime.call;

import io.jfvm.ipld.types.ErrorNumber;

/** A recoverable error with an {@link ErrorNumber}, as ref-fvm's {@code ExecutionError::Syscall}. */
public final class SyscallError extends ExecutionException {
    private final ErrorNumber number;

    public SyscallError(ErrorNumber number, String message) {
        super(message, null);
        this.number = number;
    }

    public ErrorNumber number() {
        return number;
    }

    @Override
    public String getMessage() {
        return number + ": " + super.getMessage();
    }
}
