package io.jfvm.proofs.params;

/**
 * A verifying key (or SRS) that the verifier needs is absent, unreadable, or does not match its
 * manifest digest. This is a node configuration problem, not a bad proof, so it is not an
 * IllegalArgumentException. The message always names the file.
 */
public class ParametersMissingException extends RuntimeException {
    public ParametersMissingException(String message) {
        super(message);
    }

    public ParametersMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
