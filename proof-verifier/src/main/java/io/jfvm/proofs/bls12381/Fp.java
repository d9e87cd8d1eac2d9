package io.jfvm.proofs.bls12381;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An element of the BLS12-381 base field F_p, immutable.
 *
 * <p>Stored as six little-endian 64-bit limbs in Montgomery form (x·2^384 mod p, fully reduced, so
 * equal elements have equal limbs). Multiplication is the CIOS Montgomery product (Koç, Acar and
 * Kaliski, 1996); it is about ten times faster than BigInteger multiply-and-mod, which matters for
 * the pairing and the Window PoSt multi-scalar multiplication. Inversion goes through BigInteger
 * (rare: once per Miller-loop step and per affine conversion). Not constant time: verification only.
 */
public final class Fp {
    public static final BigInteger P = new BigInteger(
            "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16);
    /** (p - 1) / 2: values above it are "lexicographically largest" (the sign used by point compression). */
    static final BigInteger P_MINUS_1_HALF = P.subtract(BigInteger.ONE).shiftRight(1);
    /** (p + 1) / 4: p = 3 mod 4, so a square root of a square a is a^((p+1)/4). */
    private static final BigInteger SQRT_EXP = P.add(BigInteger.ONE).shiftRight(2);

    private static final long[] MOD = limbs(P);
    /** -p^-1 mod 2^64, the Montgomery reduction constant. */
    private static final long INV = BigInteger.ONE.shiftLeft(64)
            .subtract(P.modInverse(BigInteger.ONE.shiftLeft(64))).longValue();
    /** R^2 mod p with R = 2^384, to enter Montgomery form. */
    private static final long[] R2 = limbs(BigInteger.ONE.shiftLeft(768).mod(P));
    private static final long[] RAW_ONE = {1, 0, 0, 0, 0, 0};

    public static final Fp ZERO = new Fp(new long[6]);
    public static final Fp ONE = new Fp(limbs(BigInteger.ONE.shiftLeft(384).mod(P)));

    /** Montgomery-form limbs, little-endian. */
    private final long[] l;

    private Fp(long[] l) {
        this.l = l;
    }

    public static Fp of(BigInteger x) {
        return new Fp(montMul(limbs(x.mod(P)), R2));
    }

    public static Fp of(long x) {
        return of(BigInteger.valueOf(x));
    }

    public static Fp hex(String h) {
        return of(new BigInteger(h, 16));
    }

    /** Reads 48 big-endian bytes; rejects values that are not below p (non-canonical encodings). */
    public static Fp fromBytesCanonical(byte[] b, int off) {
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(b, off, off + 48));
        if (x.compareTo(P) >= 0) {
            throw new IllegalArgumentException("field element is not canonical (>= p)");
        }
        return of(x);
    }

    public BigInteger toBigInteger() {
        long[] s = montMul(l, RAW_ONE);
        byte[] be = new byte[48];
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < 8; k++) {
                be[47 - (8 * i + k)] = (byte) (s[i] >>> (8 * k));
            }
        }
        return new BigInteger(1, be);
    }

    public void toBytes(byte[] out, int off) {
        byte[] raw = toBigInteger().toByteArray();
        int n = Math.min(raw.length, 48);
        Arrays.fill(out, off, off + 48, (byte) 0);
        System.arraycopy(raw, raw.length - n, out, off + 48 - n, n);
    }

    // ---- limb arithmetic ----

    private static long[] limbs(BigInteger x) {
        long[] r = new long[6];
        for (int i = 0; i < 6; i++) {
            r[i] = x.shiftRight(64 * i).longValue();
        }
        return r;
    }

    /** Unsigned a < b, written with the sign bit flipped (no compareUnsigned in hot code). */
    private static boolean lt(long a, long b) {
        return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE);
    }

    /** 1 when a < b as unsigned values, else 0, without a branch (carries are unpredictable). */
    private static long borrowOf(long a, long b) {
        return ((~a & b) | (~(a ^ b) & (a - b))) >>> 63;
    }

    private static long mulHi(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** True when a ≥ p. */
    private static boolean geqP(long[] a) {
        for (int i = 5; i >= 0; i--) {
            if (a[i] != MOD[i]) {
                return lt(MOD[i], a[i]);
            }
        }
        return true;
    }

    /** a -= p in place (caller guarantees a ≥ p or a has an overflow bit that p absorbs). */
    private static void subP(long[] a) {
        long borrow = 0;
        for (int i = 0; i < 6; i++) {
            long d = a[i] - MOD[i];
            long b1 = lt(a[i], MOD[i]) ? 1 : 0;
            long d2 = d - borrow;
            long b2 = lt(d, borrow) ? 1 : 0;
            a[i] = d2;
            borrow = b1 | b2;
        }
    }

    private static final long P0 = 0xb9feffffffffaaabL, P1 = 0x1eabfffeb153ffffL, P2 = 0x6730d2a0f6b0f624L, P3 = 0x64774b84f38512bfL, P4 = 0x4b1ba7b6434bacd7L, P5 = 0x1a0111ea397fe69aL;

    /** CIOS Montgomery multiplication a·b·2^-384 mod p (inputs < p), unrolled so that all state stays in registers. */
    static long[] montMul(long[] a, long[] b) {
        final long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4], a5 = a[5];
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0;
        long lo, hi, s, c, m;
        { // word 0
            final long bi = b[0];
            c = 0;
            lo = a0 * bi; hi = mulHi(a0, bi); s = t0 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = a1 * bi; hi = mulHi(a1, bi); s = t1 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = a2 * bi; hi = mulHi(a2, bi); s = t2 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = a3 * bi; hi = mulHi(a3, bi); s = t3 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = a4 * bi; hi = mulHi(a4, bi); s = t4 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            lo = a5 * bi; hi = mulHi(a5, bi); s = t5 + lo; hi += borrowOf(s, lo);
            t5 = s + c; hi += borrowOf(t5, s); c = hi;
            s = t6 + c; final long t7 = borrowOf(s, c); t6 = s;
            m = t0 * INV;
            lo = m * P0; hi = mulHi(m, P0); s = t0 + lo; c = hi + borrowOf(s, lo);
            lo = m * P1; hi = mulHi(m, P1); s = t1 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = m * P2; hi = mulHi(m, P2); s = t2 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = m * P3; hi = mulHi(m, P3); s = t3 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = m * P4; hi = mulHi(m, P4); s = t4 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = m * P5; hi = mulHi(m, P5); s = t5 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            t5 = t6 + c; t6 = t7 + borrowOf(t5, c);
        }
        { // word 1
            final long bi = b[1];
            c = 0;
            lo = a0 * bi; hi = mulHi(a0, bi); s = t0 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = a1 * bi; hi = mulHi(a1, bi); s = t1 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = a2 * bi; hi = mulHi(a2, bi); s = t2 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = a3 * bi; hi = mulHi(a3, bi); s = t3 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = a4 * bi; hi = mulHi(a4, bi); s = t4 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            lo = a5 * bi; hi = mulHi(a5, bi); s = t5 + lo; hi += borrowOf(s, lo);
            t5 = s + c; hi += borrowOf(t5, s); c = hi;
            s = t6 + c; final long t7 = borrowOf(s, c); t6 = s;
            m = t0 * INV;
            lo = m * P0; hi = mulHi(m, P0); s = t0 + lo; c = hi + borrowOf(s, lo);
            lo = m * P1; hi = mulHi(m, P1); s = t1 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = m * P2; hi = mulHi(m, P2); s = t2 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = m * P3; hi = mulHi(m, P3); s = t3 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = m * P4; hi = mulHi(m, P4); s = t4 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = m * P5; hi = mulHi(m, P5); s = t5 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            t5 = t6 + c; t6 = t7 + borrowOf(t5, c);
        }
        { // word 2
            final long bi = b[2];
            c = 0;
            lo = a0 * bi; hi = mulHi(a0, bi); s = t0 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = a1 * bi; hi = mulHi(a1, bi); s = t1 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = a2 * bi; hi = mulHi(a2, bi); s = t2 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = a3 * bi; hi = mulHi(a3, bi); s = t3 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = a4 * bi; hi = mulHi(a4, bi); s = t4 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            lo = a5 * bi; hi = mulHi(a5, bi); s = t5 + lo; hi += borrowOf(s, lo);
            t5 = s + c; hi += borrowOf(t5, s); c = hi;
            s = t6 + c; final long t7 = borrowOf(s, c); t6 = s;
            m = t0 * INV;
            lo = m * P0; hi = mulHi(m, P0); s = t0 + lo; c = hi + borrowOf(s, lo);
            lo = m * P1; hi = mulHi(m, P1); s = t1 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = m * P2; hi = mulHi(m, P2); s = t2 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = m * P3; hi = mulHi(m, P3); s = t3 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = m * P4; hi = mulHi(m, P4); s = t4 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = m * P5; hi = mulHi(m, P5); s = t5 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            t5 = t6 + c; t6 = t7 + borrowOf(t5, c);
        }
        { // word 3
            final long bi = b[3];
            c = 0;
            lo = a0 * bi; hi = mulHi(a0, bi); s = t0 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = a1 * bi; hi = mulHi(a1, bi); s = t1 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = a2 * bi; hi = mulHi(a2, bi); s = t2 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = a3 * bi; hi = mulHi(a3, bi); s = t3 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = a4 * bi; hi = mulHi(a4, bi); s = t4 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            lo = a5 * bi; hi = mulHi(a5, bi); s = t5 + lo; hi += borrowOf(s, lo);
            t5 = s + c; hi += borrowOf(t5, s); c = hi;
            s = t6 + c; final long t7 = borrowOf(s, c); t6 = s;
            m = t0 * INV;
            lo = m * P0; hi = mulHi(m, P0); s = t0 + lo; c = hi + borrowOf(s, lo);
            lo = m * P1; hi = mulHi(m, P1); s = t1 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = m * P2; hi = mulHi(m, P2); s = t2 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = m * P3; hi = mulHi(m, P3); s = t3 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = m * P4; hi = mulHi(m, P4); s = t4 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = m * P5; hi = mulHi(m, P5); s = t5 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            t5 = t6 + c; t6 = t7 + borrowOf(t5, c);
        }
        { // word 4
            final long bi = b[4];
            c = 0;
            lo = a0 * bi; hi = mulHi(a0, bi); s = t0 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = a1 * bi; hi = mulHi(a1, bi); s = t1 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = a2 * bi; hi = mulHi(a2, bi); s = t2 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = a3 * bi; hi = mulHi(a3, bi); s = t3 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = a4 * bi; hi = mulHi(a4, bi); s = t4 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            lo = a5 * bi; hi = mulHi(a5, bi); s = t5 + lo; hi += borrowOf(s, lo);
            t5 = s + c; hi += borrowOf(t5, s); c = hi;
            s = t6 + c; final long t7 = borrowOf(s, c); t6 = s;
            m = t0 * INV;
            lo = m * P0; hi = mulHi(m, P0); s = t0 + lo; c = hi + borrowOf(s, lo);
            lo = m * P1; hi = mulHi(m, P1); s = t1 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = m * P2; hi = mulHi(m, P2); s = t2 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = m * P3; hi = mulHi(m, P3); s = t3 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = m * P4; hi = mulHi(m, P4); s = t4 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = m * P5; hi = mulHi(m, P5); s = t5 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            t5 = t6 + c; t6 = t7 + borrowOf(t5, c);
        }
        { // word 5
            final long bi = b[5];
            c = 0;
            lo = a0 * bi; hi = mulHi(a0, bi); s = t0 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = a1 * bi; hi = mulHi(a1, bi); s = t1 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = a2 * bi; hi = mulHi(a2, bi); s = t2 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = a3 * bi; hi = mulHi(a3, bi); s = t3 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = a4 * bi; hi = mulHi(a4, bi); s = t4 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            lo = a5 * bi; hi = mulHi(a5, bi); s = t5 + lo; hi += borrowOf(s, lo);
            t5 = s + c; hi += borrowOf(t5, s); c = hi;
            s = t6 + c; final long t7 = borrowOf(s, c); t6 = s;
            m = t0 * INV;
            lo = m * P0; hi = mulHi(m, P0); s = t0 + lo; c = hi + borrowOf(s, lo);
            lo = m * P1; hi = mulHi(m, P1); s = t1 + lo; hi += borrowOf(s, lo);
            t0 = s + c; hi += borrowOf(t0, s); c = hi;
            lo = m * P2; hi = mulHi(m, P2); s = t2 + lo; hi += borrowOf(s, lo);
            t1 = s + c; hi += borrowOf(t1, s); c = hi;
            lo = m * P3; hi = mulHi(m, P3); s = t3 + lo; hi += borrowOf(s, lo);
            t2 = s + c; hi += borrowOf(t2, s); c = hi;
            lo = m * P4; hi = mulHi(m, P4); s = t4 + lo; hi += borrowOf(s, lo);
            t3 = s + c; hi += borrowOf(t3, s); c = hi;
            lo = m * P5; hi = mulHi(m, P5); s = t5 + lo; hi += borrowOf(s, lo);
            t4 = s + c; hi += borrowOf(t4, s); c = hi;
            t5 = t6 + c; t6 = t7 + borrowOf(t5, c);
        }
        long[] r = {t0, t1, t2, t3, t4, t5};
        if (t6 != 0 || geqP(r)) {
            subP(r);
        }
        return r;
    }

    // ---- field operations ----

    public Fp add(Fp o) {
        long[] r = new long[6];
        long carry = 0;
        for (int i = 0; i < 6; i++) {
            long s = l[i] + o.l[i];
            long c1 = lt(s, l[i]) ? 1 : 0;
            long s2 = s + carry;
            long c2 = lt(s2, s) ? 1 : 0;
            r[i] = s2;
            carry = c1 | c2;
        }
        // p < 2^381, so the sum never overflows 384 bits
        if (geqP(r)) {
            subP(r);
        }
        return new Fp(r);
    }

    public Fp sub(Fp o) {
        long[] r = new long[6];
        long borrow = 0;
        for (int i = 0; i < 6; i++) {
            long d = l[i] - o.l[i];
            long b1 = lt(l[i], o.l[i]) ? 1 : 0;
            long d2 = d - borrow;
            long b2 = lt(d, borrow) ? 1 : 0;
            r[i] = d2;
            borrow = b1 | b2;
        }
        if (borrow != 0) {
            long carry = 0;
            for (int i = 0; i < 6; i++) {
                long s = r[i] + MOD[i];
                long c1 = lt(s, r[i]) ? 1 : 0;
                long s2 = s + carry;
                long c2 = lt(s2, s) ? 1 : 0;
                r[i] = s2;
                carry = c1 | c2;
            }
        }
        return new Fp(r);
    }

    public Fp neg() {
        return isZero() ? this : ZERO.sub(this);
    }

    public Fp mul(Fp o) {
        return new Fp(montMul(l, o.l));
    }

    public Fp mul(long small) {
        return mul(of(small));
    }

    public Fp sqr() {
        return new Fp(montMul(l, l));
    }

    public Fp dbl() {
        return add(this);
    }

    public Fp inv() {
        if (isZero()) {
            throw new ArithmeticException("inverse of zero in Fp");
        }
        return of(toBigInteger().modInverse(P));
    }

    public Fp pow(BigInteger e) {
        Fp r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.sqr();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    public boolean isZero() {
        return (l[0] | l[1] | l[2] | l[3] | l[4] | l[5]) == 0;
    }

    public boolean isOne() {
        return equals(ONE);
    }

    /** Legendre symbol test (Euler's criterion); zero counts as a square. */
    public boolean isSquare() {
        return isZero() || pow(P_MINUS_1_HALF).isOne();
    }

    /** A square root, or null when this is not a square. */
    public Fp sqrt() {
        Fp r = pow(SQRT_EXP);
        return r.sqr().equals(this) ? r : null;
    }

    /** RFC 9380 sgn0 for F_p: the parity of the canonical value. */
    public boolean sgn0() {
        return toBigInteger().testBit(0);
    }

    /** The sign used by ZCash point compression: true when the value > (p-1)/2. */
    public boolean lexicographicallyLargest() {
        return toBigInteger().compareTo(P_MINUS_1_HALF) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp && Arrays.equals(l, ((Fp) o).l);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(l);
    }

    @Override
    public String toString() {
        return "0x" + toBigInteger().toString(16);
    }
}
