package io.jfvm.compiler.ir;

/** A WebAssembly value type (SIMD's v128 is not supported). */
public enum ValType {
    I32(0x7F),
    I64(0x7E),
    F32(0x7D),
    F64(0x7C),
    FUNCREF(0x70),
    EXTERNREF(0x6F);

    /** The type's byte in the binary format. */
    public final int code;

    ValType(int code) {
        this.code = code;
    }

    public boolean isReference() {
        return this == FUNCREF || this == EXTERNREF;
    }

    /** Number of JVM local-variable slots a value of this type occupies. */
    public int jvmSlots() {
        return this == I64 || this == F64 ? 2 : 1;
    }

    public static ValType fromCode(int code) {
        for (ValType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown value type 0x" + Integer.toHexString(code));
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
