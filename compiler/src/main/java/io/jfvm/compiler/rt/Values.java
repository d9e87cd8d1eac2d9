package io.jfvm.compiler.rt;

import io.jfvm.compiler.ir.ValType;

/**
 * The boxed form of WebAssembly values in jfvm's generic APIs: i32 as {@link Integer}, i64 as {@link Long},
 * f32 as {@link Float}, f64 as {@link Double}, references as any object (a {@link FuncRef} for funcref) or null.
 */
public final class Values {
    private Values() {}

    public static Object box(ValType type, long bits) {
        return switch (type) {
            case I32 -> (int) bits;
            case I64 -> bits;
            case F32 -> Float.intBitsToFloat((int) bits);
            case F64 -> Double.longBitsToDouble(bits);
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }

    public static long bits(ValType type, Object value) {
        return switch (type) {
            case I32 -> (Integer) value;
            case I64 -> (Long) value;
            case F32 -> Float.floatToRawIntBits((Float) value);
            case F64 -> Double.doubleToRawLongBits((Double) value);
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }

    /** The JVM class a value of {@code type} has in generated code. */
    public static Class<?> jvmClass(ValType type) {
        return switch (type) {
            case I32 -> int.class;
            case I64 -> long.class;
            case F32 -> float.class;
            case F64 -> double.class;
            case FUNCREF, EXTERNREF -> Object.class;
        };
    }
}
