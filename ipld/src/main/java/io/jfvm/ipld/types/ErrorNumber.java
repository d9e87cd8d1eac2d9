package io.jfvm.ipld.types;

/** Syscall error numbers returned to actors (fvm_shared {@code ErrorNumber}). */
public enum ErrorNumber {
    ILLEGAL_ARGUMENT(1),
    ILLEGAL_OPERATION(2),
    LIMIT_EXCEEDED(3),
    ASSERTION_FAILED(4),
    INSUFFICIENT_FUNDS(5),
    NOT_FOUND(6),
    INVALID_HANDLE(7),
    ILLEGAL_CID(8),
    ILLEGAL_CODEC(9),
    SERIALIZATION(10),
    FORBIDDEN(11),
    BUFFER_TOO_SMALL(12),
    READ_ONLY(13);

    private final int code;

    ErrorNumber(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ErrorNumber of(int code) {
        for (ErrorNumber e : values()) {
            if (e.code == code) return e;
        }
        throw new IllegalArgumentException("unknown error number " + code);
    }
}
