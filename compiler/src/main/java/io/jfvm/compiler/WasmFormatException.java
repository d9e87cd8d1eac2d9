package io.jfvm.compiler;

/**
 * A module that cannot be compiled: malformed (not a well-formed binary), invalid (fails validation) or
 * unsupported by jfvm (SIMD, exceptions, or an instruction outside WebAssembly 2.0).
 */
public final class WasmFormatException extends RuntimeException {
    public enum Kind { MALFORMED, INVALID, UNSUPPORTED }

    private final Kind kind;

    public WasmFormatException(Kind kind, String message, Throwable cause) {
        super(kind.name().toLowerCase(java.util.Locale.ROOT) + " module: " + message, cause);
        this.kind = kind;
    }

    public WasmFormatException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
