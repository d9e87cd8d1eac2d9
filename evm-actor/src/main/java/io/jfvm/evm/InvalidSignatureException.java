package io.jfvm.evm;

/** A signature from which no public key can be recovered; the message says which value is wrong. */
public final class InvalidSignatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidSignatureException(String message) {
        super(message);
    }
}
