package io.jfvm.gas;

/**
 * Milligas arithmetic as the FVM does it: amounts are held in milligas (1 gas = 1000 milligas) and every
 * operation saturates instead of overflowing.
 *
 * <p>FVM v3/v4 hold gas in a {@code u64} and FVM v2 in an {@code i64}. jfvm uses a signed {@code long}: v2's
 * negative charges (the {@code OnDeleteActor} refund) fit, and for v3/v4 every amount above
 * {@code Long.MAX_VALUE} already exceeds any gas limit (limits are capped at {@code i64::MAX} milligas), so
 * saturating at {@code Long.MAX_VALUE} instead of {@code u64::MAX} cannot change an outcome.
 */
public final class Gas {
    /** Milligas per gas. */
    public static final long MILLIGAS_PRECISION = 1000;

    private Gas() {}

    /** {@code gas} whole gas in milligas, saturating. */
    public static long of(long gas) {
        return mul(gas, MILLIGAS_PRECISION);
    }

    /** Saturating addition. */
    public static long add(long a, long b) {
        long r = a + b;
        // Overflow iff both operands have the same sign and the result's sign differs.
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** Saturating subtraction. */
    public static long sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** Saturating multiplication. */
    public static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /** Milligas to whole gas, rounding a fractional gas up (receipts). Negative amounts round towards zero. */
    public static long roundUp(long milligas) {
        long q = milligas / MILLIGAS_PRECISION;
        return milligas > 0 && milligas % MILLIGAS_PRECISION != 0 ? q + 1 : q;
    }

    /** Milligas to whole gas, dropping a fractional gas ({@code gas.available}). */
    public static long roundDown(long milligas) {
        return milligas / MILLIGAS_PRECISION;
    }

    /** Formats milligas as the FVM prints gas: {@code integral.fff}. */
    public static String format(long milligas) {
        if (milligas == 0) {
            return "0";
        }
        String sign = milligas < 0 ? "-" : "";
        long abs = Math.abs(milligas);
        return sign + abs / MILLIGAS_PRECISION + "." + String.format("%03d", abs % MILLIGAS_PRECISION);
    }
}
