package io.jfvm.compiler.spectest;

import io.jfvm.compiler.rt.FuncRef;
import java.util.List;

/** Converts script values to jfvm's boxed values, checks results against expectations and formats both. */
final class WastValues {
    private static final int F32_CANONICAL_NAN = 0x7fc00000;
    private static final long F64_CANONICAL_NAN = 0x7ff8000000000000L;

    private WastValues() {}

    /** An argument in the boxed form of {@code FuncRef.invoke}. */
    static Object argument(WastScript.Value v) {
        String s = v.value();
        return switch (v.type()) {
            case "i32" -> (int) Long.parseUnsignedLong(s);
            case "i64" -> Long.parseUnsignedLong(s);
            case "f32" -> Float.intBitsToFloat((int) Long.parseUnsignedLong(s));
            case "f64" -> Double.longBitsToDouble(Long.parseUnsignedLong(s));
            case "externref" -> "null".equals(s) ? null : new ExternRef(Long.parseUnsignedLong(s));
            case "funcref" -> {
                if (!"null".equals(s)) {
                    throw new IllegalArgumentException("a script cannot pass a non-null funcref argument: " + v);
                }
                yield null;
            }
            default -> throw new IllegalArgumentException("unsupported value type " + v.type());
        };
    }

    static Object[] arguments(List<WastScript.Value> values) {
        return values.stream().map(WastValues::argument).toArray();
    }

    /** Whether {@code actual} (boxed) is what {@code expected} describes. */
    static boolean matches(WastScript.Value expected, Object actual) {
        String s = expected.value();
        return switch (expected.type()) {
            case "i32" -> actual instanceof Integer i && i == (int) Long.parseUnsignedLong(s);
            case "i64" -> actual instanceof Long l && l == Long.parseUnsignedLong(s);
            case "f32" -> actual instanceof Float f && f32Matches(s, Float.floatToRawIntBits(f));
            case "f64" -> actual instanceof Double d && f64Matches(s, Double.doubleToRawLongBits(d));
            case "externref" -> refMatches(s, actual) && !(actual instanceof FuncRef);
            case "funcref" -> refMatches(s, actual) && (actual == null || actual instanceof FuncRef);
            default -> throw new IllegalArgumentException("unsupported value type " + expected.type());
        };
    }

    private static boolean f32Matches(String expected, int bits) {
        return switch (expected) {
            case "nan:canonical" -> (bits & 0x7fffffff) == F32_CANONICAL_NAN;
            // Arithmetic NaNs: any NaN with the quiet bit set, whatever the sign and the rest of the payload.
            case "nan:arithmetic" -> (bits & F32_CANONICAL_NAN) == F32_CANONICAL_NAN;
            default -> bits == (int) Long.parseUnsignedLong(expected);
        };
    }

    private static boolean f64Matches(String expected, long bits) {
        return switch (expected) {
            case "nan:canonical" -> (bits & Long.MAX_VALUE) == F64_CANONICAL_NAN;
            case "nan:arithmetic" -> (bits & F64_CANONICAL_NAN) == F64_CANONICAL_NAN;
            default -> bits == Long.parseUnsignedLong(expected);
        };
    }

    /** {@code null}: the null reference; absent: any non-null reference; a number: {@code ref.extern N}. */
    private static boolean refMatches(String expected, Object actual) {
        if (expected == null) {
            return actual != null;
        }
        if (expected.equals("null")) {
            return actual == null;
        }
        return new ExternRef(Long.parseUnsignedLong(expected)).equals(actual);
    }

    /** Expected values for a report, e.g. {@code (i32:97, f32:nan:canonical)}. */
    static String formatExpected(List<WastScript.Value> values) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            WastScript.Value v = values.get(i);
            sb.append(i == 0 ? "" : ", ").append(v.type()).append(':');
            sb.append(v.value() == null ? "non-null" : switch (v.type()) {
                case "i32" -> Integer.toString((int) Long.parseUnsignedLong(v.value()));
                case "i64" -> Long.toString(Long.parseUnsignedLong(v.value()));
                case "f32" -> v.value().startsWith("nan:") ? v.value()
                        : f32(Float.intBitsToFloat((int) Long.parseUnsignedLong(v.value())));
                case "f64" -> v.value().startsWith("nan:") ? v.value()
                        : f64(Double.longBitsToDouble(Long.parseUnsignedLong(v.value())));
                case "externref" -> v.value().equals("null") ? "null" : "ref.extern " + v.value();
                default -> v.value();
            });
        }
        return sb.append(')').toString();
    }

    /** Actual results for a report, in the same notation as {@link #formatExpected}. */
    static String formatActual(Object[] results) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < results.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(formatActual(results[i]));
        }
        return sb.append(')').toString();
    }

    private static String formatActual(Object value) {
        if (value instanceof Integer i) {
            return "i32:" + i;
        } else if (value instanceof Long l) {
            return "i64:" + l;
        } else if (value instanceof Float f) {
            return "f32:" + f32(f);
        } else if (value instanceof Double d) {
            return "f64:" + f64(d);
        } else if (value == null) {
            return "ref:null";
        } else if (value instanceof FuncRef) {
            return "funcref:non-null";
        } else if (value instanceof ExternRef e) {
            return "externref:" + e;
        }
        return "externref:" + value.getClass().getName();
    }

    /** Floats with their bit pattern, since NaN payloads and signed zeros matter. */
    private static String f32(float f) {
        return f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
    }

    private static String f64(double d) {
        return d + " (0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
    }
}
