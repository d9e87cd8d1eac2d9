package io.jfvm.compiler.rt;

/** An instance could not be created: an import is missing or has the wrong type. */
public final class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }
}
