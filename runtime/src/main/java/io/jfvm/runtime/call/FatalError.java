package io.jfvm.runtime.call;

/**
 * A broken invariant in jfvm or in the state it was given (missing blocks, malformed state, impossible
 * arithmetic). The message ends with exit 10 and {@code gas_used = gas_limit}, so that every node agrees.
 */
public final class FatalError extends ExecutionException {
    public FatalError(String message) {
        super(message, null);
    }

    public FatalError(String message, Throwable cause) {
        super(message, cause);
    }
}
