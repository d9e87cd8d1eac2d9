package io.jfvm.runtime.call;

/**
 * The message needs actor code to run and this machine has no {@link ActorCodeRunner} able to run it. This is
 * not an execution outcome (it never becomes a receipt): it aborts message application, and callers such as
 * the conformance runner report it as the reason the message could not be applied.
 */
public final class ActorCodeUnavailableException extends RuntimeException {
    public ActorCodeUnavailableException(String message) {
        super(message);
    }
}
