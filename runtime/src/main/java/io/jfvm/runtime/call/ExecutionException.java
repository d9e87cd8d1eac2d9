package io.jfvm.runtime.call;

/**
 * Why a send could not produce an {@link InvocationResult}: ref-fvm's {@code ExecutionError}. Its three kinds keep
 * their class all the way up (DESIGN.md, "Determinism rules"): a {@link SyscallError} is returned to the calling
 * actor as an error number (or, for the top-level send, mapped to a dispatch exit code); {@link OutOfGas} aborts
 * up to the message (exit 7); a {@link FatalError} is a broken invariant (exit 10, all gas consumed).
 */
public abstract sealed class ExecutionException extends Exception
        permits SyscallError, OutOfGas, FatalError {
    protected ExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
