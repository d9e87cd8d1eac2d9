package io.jfvm.compiler.differential;

import io.jfvm.compiler.ir.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * The observable outcome of one call, in a form that compares across engines: the results as typed text (every
 * NaN written as {@code nan}, since WebAssembly leaves NaN payloads nondeterministic), or the trap message.
 */
record CallResult(List<String> values, String trap) {
    static CallResult returned(List<ValType> types, long[] raw) {
        List<String> values = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            values.add(describe(types.get(i), raw[i]));
        }
        return new CallResult(values, null);
    }

    static CallResult trapped(String message) {
        return new CallResult(null, message == null ? "(no message)" : message);
    }

    boolean isTrap() {
        return trap != null;
    }

    /** Whether the call ran out of call stack, a limit each engine sets for itself. */
    boolean exhaustedStack() {
        return trap != null && trap.contains("call stack exhausted");
    }

    /**
     * Whether two outcomes agree: equal results, or traps for the same reason. Trap messages follow the spec
     * suite's wording in both engines, but one may add detail, so one must contain the other.
     */
    boolean agreesWith(CallResult other) {
        if (isTrap() || other.isTrap()) {
            if (!isTrap() || !other.isTrap()) {
                return false;
            }
            String a = normalizedTrap();
            String b = other.normalizedTrap();
            return a.contains(b) || b.contains(a);
        }
        return values.equals(other.values);
    }

    /**
     * The trap message in one wording per cause. The spec suite says "undefined element" for a
     * {@code call_indirect} index beyond the table (Chicory's wording), jfvm "out of bounds table access".
     */
    private String normalizedTrap() {
        return trap.replace("undefined element", "out of bounds table access");
    }

    /** A raw value (i32 in the low bits, floats as their bit patterns) as typed text. */
    static String describe(ValType type, long raw) {
        return switch (type) {
            case I32 -> "i32:" + (int) raw;
            case I64 -> "i64:" + raw;
            case F32 -> Float.isNaN(Float.intBitsToFloat((int) raw)) ? "f32:nan"
                    : "f32:0x" + Integer.toHexString((int) raw);
            case F64 -> Double.isNaN(Double.longBitsToDouble(raw)) ? "f64:nan" : "f64:0x" + Long.toHexString(raw);
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }

    @Override
    public String toString() {
        return isTrap() ? "trap \"" + trap + "\"" : values.toString();
    }
}
