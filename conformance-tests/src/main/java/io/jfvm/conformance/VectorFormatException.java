package io.jfvm.conformance;

/** A vector file that cannot be read or does not follow the format. */
public final class VectorFormatException extends RuntimeException {
    public VectorFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
