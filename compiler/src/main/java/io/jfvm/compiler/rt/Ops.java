package io.jfvm.compiler.rt;

/**
 * Numeric operations whose WebAssembly semantics differ from a single JVM instruction, called from generated
 * code. Kept tiny so HotSpot inlines them. Unsigned comparisons flip the sign bit instead of calling
 * {@code Integer.compareUnsigned}, avoiding a JDK 17 JIT miscompilation reported for it.
 */
public final class Ops {
    private static final float CANONICAL_NAN_F32 = Float.intBitsToFloat(0x7FC00000);
    private static final double CANONICAL_NAN_F64 = Double.longBitsToDouble(0x7FF8000000000000L);

    private Ops() {}

    // ---- comparisons: 1 or 0 ----

    public static int eqz(int a) {
        return a == 0 ? 1 : 0;
    }

    public static int eqz(long a) {
        return a == 0 ? 1 : 0;
    }

    public static int eq(int a, int b) {
        return a == b ? 1 : 0;
    }

    public static int ne(int a, int b) {
        return a != b ? 1 : 0;
    }

    public static int ltS(int a, int b) {
        return a < b ? 1 : 0;
    }

    public static int ltU(int a, int b) {
        return (a ^ Integer.MIN_VALUE) < (b ^ Integer.MIN_VALUE) ? 1 : 0;
    }

    public static int gtS(int a, int b) {
        return a > b ? 1 : 0;
    }

    public static int gtU(int a, int b) {
        return (a ^ Integer.MIN_VALUE) > (b ^ Integer.MIN_VALUE) ? 1 : 0;
    }

    public static int leS(int a, int b) {
        return a <= b ? 1 : 0;
    }

    public static int leU(int a, int b) {
        return (a ^ Integer.MIN_VALUE) <= (b ^ Integer.MIN_VALUE) ? 1 : 0;
    }

    public static int geS(int a, int b) {
        return a >= b ? 1 : 0;
    }

    public static int geU(int a, int b) {
        return (a ^ Integer.MIN_VALUE) >= (b ^ Integer.MIN_VALUE) ? 1 : 0;
    }

    public static int eq(long a, long b) {
        return a == b ? 1 : 0;
    }

    public static int ne(long a, long b) {
        return a != b ? 1 : 0;
    }

    public static int ltS(long a, long b) {
        return a < b ? 1 : 0;
    }

    public static int ltU(long a, long b) {
        return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE) ? 1 : 0;
    }

    public static int gtS(long a, long b) {
        return a > b ? 1 : 0;
    }

    public static int gtU(long a, long b) {
        return (a ^ Long.MIN_VALUE) > (b ^ Long.MIN_VALUE) ? 1 : 0;
    }

    public static int leS(long a, long b) {
        return a <= b ? 1 : 0;
    }

    public static int leU(long a, long b) {
        return (a ^ Long.MIN_VALUE) <= (b ^ Long.MIN_VALUE) ? 1 : 0;
    }

    public static int geS(long a, long b) {
        return a >= b ? 1 : 0;
    }

    public static int geU(long a, long b) {
        return (a ^ Long.MIN_VALUE) >= (b ^ Long.MIN_VALUE) ? 1 : 0;
    }

    public static int eq(float a, float b) {
        return a == b ? 1 : 0;
    }

    public static int ne(float a, float b) {
        return a != b ? 1 : 0;
    }

    public static int lt(float a, float b) {
        return a < b ? 1 : 0;
    }

    public static int gt(float a, float b) {
        return a > b ? 1 : 0;
    }

    public static int le(float a, float b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(float a, float b) {
        return a >= b ? 1 : 0;
    }

    public static int eq(double a, double b) {
        return a == b ? 1 : 0;
    }

    public static int ne(double a, double b) {
        return a != b ? 1 : 0;
    }

    public static int lt(double a, double b) {
        return a < b ? 1 : 0;
    }

    public static int gt(double a, double b) {
        return a > b ? 1 : 0;
    }

    public static int le(double a, double b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(double a, double b) {
        return a >= b ? 1 : 0;
    }

    public static int isNull(Object ref) {
        return ref == null ? 1 : 0;
    }

    // ---- integer arithmetic with traps ----

    public static int divS(int a, int b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw Trap.integerOverflow();
        }
        return a / b;
    }

    public static int divU(int a, int b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        return Integer.divideUnsigned(a, b);
    }

    public static int remS(int a, int b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        return a % b;
    }

    public static int remU(int a, int b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static long divS(long a, long b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw Trap.integerOverflow();
        }
        return a / b;
    }

    public static long divU(long a, long b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        return Long.divideUnsigned(a, b);
    }

    public static long remS(long a, long b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        return a % b;
    }

    public static long remU(long a, long b) {
        if (b == 0) {
            throw Trap.divideByZero();
        }
        return Long.remainderUnsigned(a, b);
    }

    public static int clz(int a) {
        return Integer.numberOfLeadingZeros(a);
    }

    public static int ctz(int a) {
        return Integer.numberOfTrailingZeros(a);
    }

    public static int popcnt(int a) {
        return Integer.bitCount(a);
    }

    public static int rotl(int a, int b) {
        return Integer.rotateLeft(a, b);
    }

    public static int rotr(int a, int b) {
        return Integer.rotateRight(a, b);
    }

    public static long clz(long a) {
        return Long.numberOfLeadingZeros(a);
    }

    public static long ctz(long a) {
        return Long.numberOfTrailingZeros(a);
    }

    public static long popcnt(long a) {
        return Long.bitCount(a);
    }

    public static long rotl(long a, long b) {
        return Long.rotateLeft(a, (int) b);
    }

    public static long rotr(long a, long b) {
        return Long.rotateRight(a, (int) b);
    }

    public static long shl(long a, long b) {
        return a << b;
    }

    public static long shrS(long a, long b) {
        return a >> b;
    }

    public static long shrU(long a, long b) {
        return a >>> b;
    }

    public static long extendU(int a) {
        return a & 0xFFFFFFFFL;
    }

    public static int extend8(int a) {
        return (byte) a;
    }

    public static int extend16(int a) {
        return (short) a;
    }

    public static long extend8(long a) {
        return (byte) a;
    }

    public static long extend16(long a) {
        return (short) a;
    }

    public static long extend32(long a) {
        return (int) a;
    }

    // ---- floating point: bitwise operations keep NaN payloads exactly ----

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7FFFFFFF);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7FFFFFFFFFFFFFFFL);
    }

    public static float neg(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) ^ 0x80000000);
    }

    public static double neg(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ 0x8000000000000000L);
    }

    public static float copysign(float a, float b) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(a) & 0x7FFFFFFF)
                | (Float.floatToRawIntBits(b) & 0x80000000));
    }

    public static double copysign(double a, double b) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(a) & 0x7FFFFFFFFFFFFFFFL)
                | (Double.doubleToRawLongBits(b) & 0x8000000000000000L));
    }

    // ---- floating point arithmetic: a NaN operand yields a quiet (arithmetic) NaN ----

    public static float min(float a, float b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.min(a, b);
    }

    public static float max(float a, float b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.min(a, b);
    }

    public static double max(double a, double b) {
        if (a != a || b != b) {
            return a + b;
        }
        return Math.max(a, b);
    }

    public static float ceil(float a) {
        return (float) Math.ceil(a);
    }

    public static float floor(float a) {
        return (float) Math.floor(a);
    }

    public static float trunc(float a) {
        return (float) (a < 0 ? Math.ceil(a) : Math.floor(a));
    }

    public static float nearest(float a) {
        return (float) Math.rint(a);
    }

    public static float sqrt(float a) {
        return (float) Math.sqrt(a);
    }

    // Math.floor and friends return a NaN argument unchanged, signalling or not; wasm wants it quieted, which
    // any arithmetic on it does.

    public static double ceil(double a) {
        return a != a ? a + a : Math.ceil(a);
    }

    public static double floor(double a) {
        return a != a ? a + a : Math.floor(a);
    }

    public static double trunc(double a) {
        if (a != a) {
            return a + a;
        }
        return a < 0 ? Math.ceil(a) : Math.floor(a);
    }

    public static double nearest(double a) {
        return a != a ? a + a : Math.rint(a);
    }

    public static double sqrt(double a) {
        return Math.sqrt(a);
    }

    /** The FVM's NaN canonicalisation: any NaN becomes the canonical quiet NaN. */
    public static float canonicalize(float a) {
        return a != a ? CANONICAL_NAN_F32 : a;
    }

    public static double canonicalize(double a) {
        return a != a ? CANONICAL_NAN_F64 : a;
    }

    // ---- conversions ----

    public static int truncS32(float a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a < -2147483648f || a >= 2147483648f) {
            throw Trap.integerOverflow();
        }
        return (int) a;
    }

    public static int truncU32(float a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a <= -1f || a >= 4294967296f) {
            throw Trap.integerOverflow();
        }
        return (int) (long) a;
    }

    public static int truncS32(double a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a <= -2147483649d || a >= 2147483648d) {
            throw Trap.integerOverflow();
        }
        return (int) a;
    }

    public static int truncU32(double a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a <= -1d || a >= 4294967296d) {
            throw Trap.integerOverflow();
        }
        return (int) (long) a;
    }

    public static long truncS64(float a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a < -9223372036854775808f || a >= 9223372036854775808f) {
            throw Trap.integerOverflow();
        }
        return (long) a;
    }

    public static long truncU64(float a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a <= -1f || a >= 18446744073709551616f) {
            throw Trap.integerOverflow();
        }
        return unsignedLong(a);
    }

    public static long truncS64(double a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a < -9223372036854775808d || a >= 9223372036854775808d) {
            throw Trap.integerOverflow();
        }
        return (long) a;
    }

    public static long truncU64(double a) {
        if (a != a) {
            throw Trap.invalidConversion();
        }
        if (a <= -1d || a >= 18446744073709551616d) {
            throw Trap.integerOverflow();
        }
        return unsignedLong(a);
    }

    /** Truncates a value in [0, 2^64) to an unsigned 64-bit integer. */
    private static long unsignedLong(double a) {
        if (a < 9223372036854775808d) {
            return (long) a;
        }
        return (long) (a - 9223372036854775808d) ^ Long.MIN_VALUE;
    }

    public static int truncSatU32(float a) {
        if (a != a || a <= 0) {
            return 0;
        }
        if (a >= 4294967296f) {
            return -1;
        }
        return (int) (long) a;
    }

    public static int truncSatU32(double a) {
        if (a != a || a <= 0) {
            return 0;
        }
        if (a >= 4294967296d) {
            return -1;
        }
        return (int) (long) a;
    }

    public static long truncSatU64(float a) {
        return truncSatU64((double) a);
    }

    public static long truncSatU64(double a) {
        if (a != a || a <= 0) {
            return 0;
        }
        if (a >= 18446744073709551616d) {
            return -1;
        }
        return unsignedLong(a);
    }

    public static float convertU32ToF32(int a) {
        return (float) (a & 0xFFFFFFFFL);
    }

    public static double convertU32ToF64(int a) {
        return (double) (a & 0xFFFFFFFFL);
    }

    /** Unsigned 64-bit to f32 with a single rounding: halve with a sticky bit, convert, double. */
    public static float convertU64ToF32(long a) {
        if (a >= 0) {
            return (float) a;
        }
        return (float) ((a >>> 1) | (a & 1)) * 2f;
    }

    public static double convertU64ToF64(long a) {
        if (a >= 0) {
            return (double) a;
        }
        return (double) ((a >>> 1) | (a & 1)) * 2d;
    }

    public static int reinterpret(float a) {
        return Float.floatToRawIntBits(a);
    }

    public static long reinterpret(double a) {
        return Double.doubleToRawLongBits(a);
    }

    public static float reinterpretF32(int a) {
        return Float.intBitsToFloat(a);
    }

    public static double reinterpretF64(long a) {
        return Double.longBitsToDouble(a);
    }
}
