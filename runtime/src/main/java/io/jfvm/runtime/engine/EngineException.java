package io.jfvm.runtime.engine;

/**
 * Actor code cannot be made runnable: missing from the blockstore, not a raw block, or rejected by the
 * compiler. For a message this is a broken invariant of the machine (Fatal), since the state names the code.
 */
public final class EngineException extends RuntimeException {
    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
