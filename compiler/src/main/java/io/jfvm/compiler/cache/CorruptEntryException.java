package io.jfvm.compiler.cache;

/** A disk cache entry that is damaged, truncated, of another format version or for another key. */
final class CorruptEntryException extends Exception {
    CorruptEntryException(String message) {
        super(message);
    }

    CorruptEntryException(String message, Throwable cause) {
        super(message, cause);
    }
}
