package io.jfvm.compiler.rt;

/** Instantiation needs more memory or table space than the instance's {@link ResourceLimiter} allows. */
public final class ResourceLimitException extends RuntimeException {
    public ResourceLimitException(String message) {
        super(message);
    }
}
