package io.jfvm.ipld.types;

/**
 * Why an operation of the machine did not complete: ref-fvm's {@code ExecutionError}. One hierarchy from the gas
 * tracker through the syscalls to the call manager and executor, so an error keeps its class all the way up without
 * being converted (DESIGN.md, "Determinism rules"):
 * <ul>
 *   <li>{@link SyscallError}: the calling actor sees an error number and keeps running (the top-level send maps it
 *       to a dispatch exit code);</li>
 *   <li>{@link OutOfGas}: the gas tracker ran out; the message ends with exit 7 unless only a sub-call's own limit
 *       ran out;</li>
 *   <li>{@link Fatal}: a broken invariant in jfvm or in the state it was given; exit 10 with all gas consumed.</li>
 * </ul>
 * Unchecked, because these cross compiled wasm frames between a syscall and the call manager.
 */
public abstract sealed class ExecutionError extends RuntimeException permits SyscallError, OutOfGas, Fatal {
    ExecutionError(String message, Throwable cause, boolean stackTrace) {
        super(message, cause, true, stackTrace);
    }
}
