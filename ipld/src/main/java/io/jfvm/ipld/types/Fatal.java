package io.jfvm.ipld.types;

/**
 * A broken invariant in jfvm or in the state it was given: missing blocks, malformed state, a failed extern, an
 * unknown import (ref-fvm {@code ExecutionError::Fatal}). The message ends with exit 10 and
 * {@code gas_used = gas_limit}, so that every node agrees; the cause is logged, so it keeps its stack trace.
 */
public final class Fatal extends ExecutionError {
    public Fatal(String message) {
        super(message, null, true);
    }

    public Fatal(String message, Throwable cause) {
        super(message, cause, true);
    }
}
