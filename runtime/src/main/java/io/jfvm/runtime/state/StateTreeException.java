package io.jfvm.runtime.state;

/** The state tree is inconsistent or used wrongly (for instance flushed inside a transaction). */
public final class StateTreeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateTreeException(String message) {
        super(message);
    }

    public StateTreeException(String message, Throwable cause) {
        super(message, cause);
    }
}
