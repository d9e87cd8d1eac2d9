package io.jfvm.runtime.genesis;

/**
 * A genesis cannot be built from the given inputs: the bundle lacks an actor genesis needs, the accounts do not
 * fit (too many, a duplicate address, more FIL than the supply), or a singleton actor's constructor failed.
 */
public final class GenesisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GenesisException(String message) {
        super(message);
    }

    public GenesisException(String message, Throwable cause) {
        super(message, cause);
    }
}
