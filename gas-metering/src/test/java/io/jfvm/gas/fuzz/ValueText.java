package io.jfvm.gas.fuzz;

import io.jfvm.compiler.ir.ValType;

/**
 * Raw values as typed text, the form in which values are compared and reported: integers in decimal, floats as
 * their bit patterns, so that NaN payloads and signs count. Both comparisons make NaN bits deterministic (no NaN
 * in the plain one, canonical NaNs in the fvm one; see {@link ModuleRun}), so equal bits are required.
 */
final class ValueText {
    private ValueText() {}

    static String of(ValType type, long raw) {
        return switch (type) {
            case I32 -> "i32:" + (int) raw;
            case I64 -> "i64:" + raw;
            case F32 -> "f32:0x" + Integer.toHexString((int) raw);
            case F64 -> "f64:0x" + Long.toHexString(raw);
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }
}
