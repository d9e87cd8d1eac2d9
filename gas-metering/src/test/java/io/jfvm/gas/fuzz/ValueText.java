package io.jfvm.gas.fuzz;

import io.jfvm.compiler.ir.ValType;

/**
 * Raw values as typed text, the form in which the engines' values are compared. Every NaN is written
 * {@code nan}: WebAssembly leaves the payload (and sign) of a NaN result nondeterministic, so two correct engines
 * may differ there. Comparisons that must see NaN bits exactly run on {@code --denan} modules instead.
 */
final class ValueText {
    private ValueText() {}

    static String of(ValType type, long raw) {
        return switch (type) {
            case I32 -> "i32:" + (int) raw;
            case I64 -> "i64:" + raw;
            case F32 -> Float.isNaN(Float.intBitsToFloat((int) raw)) ? "f32:nan"
                    : "f32:0x" + Integer.toHexString((int) raw);
            case F64 -> Double.isNaN(Double.longBitsToDouble(raw)) ? "f64:nan" : "f64:0x" + Long.toHexString(raw);
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }
}
