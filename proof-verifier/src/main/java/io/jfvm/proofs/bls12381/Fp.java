package io.jfvm.proofs.bls12381;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An element of the BLS12-381 base field F_p, immutable.
 *
 * <p>Stored as seven little-endian 56-bit limbs in Montgomery form (x·2^392 mod p, fully reduced, so
 * equal elements have equal limbs), held in fields rather than an array so that each value is one
 * allocation. Multiplication is the CIOS Montgomery product (Koç, Acar and Kaliski, 1996). The
 * 56-bit limbs leave eight spare bits in every 64-bit word: Math.multiplyHigh is exact for
 * non-negative operands (Java 17 has no unsigned multiply-high), and the partial products can be
 * summed without tracking carries, which are propagated once at the end. With full 64-bit limbs
 * each product needs an unsigned correction and two carry computations; the 56-bit form measured
 * about twice as fast despite seven limbs instead of six. Inversion goes through BigInteger (rare:
 * affine conversions and square roots). Not constant time: verification only.
 */
public final class Fp {
    public static final BigInteger P = new BigInteger(
            "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16);
    /** (p - 1) / 2: values above it are "lexicographically largest" (the sign used by point compression). */
    static final BigInteger P_MINUS_1_HALF = P.subtract(BigInteger.ONE).shiftRight(1);
    /** (p + 1) / 4: p = 3 mod 4, so a square root of a square a is a^((p+1)/4). */
    private static final BigInteger SQRT_EXP = P.add(BigInteger.ONE).shiftRight(2);

    private static final long M = (1L << 56) - 1;
    /** The limbs of p (static finals, so the JIT folds them into the code as constants). */
    private static final long P0 = limb(P, 0), P1 = limb(P, 1), P2 = limb(P, 2), P3 = limb(P, 3), P4 = limb(P, 4),
            P5 = limb(P, 5), P6 = limb(P, 6);
    /** p's limbs shifted left by one bit, for {@link #montMul}. */
    private static final long Q0 = P0 << 1, Q1 = P1 << 1, Q2 = P2 << 1, Q3 = P3 << 1, Q4 = P4 << 1, Q5 = P5 << 1,
            Q6 = P6 << 1;
    /** -p^-1 mod 2^56, the Montgomery reduction constant. */
    private static final long INV = BigInteger.ONE.shiftLeft(56)
            .subtract(P.modInverse(BigInteger.ONE.shiftLeft(56))).longValue();
    /** R^2 mod p with R = 2^392, to enter Montgomery form. */
    private static final Fp R2 = limbs(BigInteger.ONE.shiftLeft(784).mod(P));
    private static final Fp RAW_ONE = limbs(BigInteger.ONE);

    public static final Fp ZERO = limbs(BigInteger.ZERO);
    public static final Fp ONE = limbs(BigInteger.ONE.shiftLeft(392).mod(P));

    /** Montgomery-form limbs, little-endian (l0 least significant), each below 2^56. */
    private final long l0, l1, l2, l3, l4, l5, l6;

    private Fp(long l0, long l1, long l2, long l3, long l4, long l5, long l6) {
        this.l0 = l0;
        this.l1 = l1;
        this.l2 = l2;
        this.l3 = l3;
        this.l4 = l4;
        this.l5 = l5;
        this.l6 = l6;
    }

    public static Fp of(BigInteger x) {
        return montMul(limbs(x.mod(P)), R2);
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
        Fp s = montMul(this, RAW_ONE);
        long[] limbs = {s.l0, s.l1, s.l2, s.l3, s.l4, s.l5, s.l6};
        BigInteger x = BigInteger.ZERO;
        for (int i = 6; i >= 0; i--) {
            x = x.shiftLeft(56).or(BigInteger.valueOf(limbs[i]));
        }
        return x;
    }

    public void toBytes(byte[] out, int off) {
        byte[] raw = toBigInteger().toByteArray();
        int n = Math.min(raw.length, 48);
        Arrays.fill(out, off, off + 48, (byte) 0);
        System.arraycopy(raw, raw.length - n, out, off + 48 - n, n);
    }

    // ---- limb arithmetic ----

    /** The seven limbs of 0 ≤ x < 2^392, as stored (no conversion to Montgomery form). */
    private static Fp limbs(BigInteger x) {
        return new Fp(limb(x, 0), limb(x, 1), limb(x, 2), limb(x, 3), limb(x, 4), limb(x, 5), limb(x, 6));
    }

    private static long limb(BigInteger x, int i) {
        return x.shiftRight(56 * i).longValue() & M;
    }

    /**
     * CIOS Montgomery multiplication a·b·2^-392 mod p (inputs < p), unrolled so that all state stays
     * in registers. Each 112-bit limb product is split at bit 56 into lo and hi, added into the
     * accumulators t_j and t_(j+1). The operands are pre-shifted, a_j by 7 bits and b_i by 1 (p's
     * limbs by 1 and m by 7), so that both halves come straight from the two multiplications:
     * (a_j·2^7)(b_i·2) = a_j·b_i·2^8 < 2^120 has high word hi and low word lo·2^8. Every
     * accumulator receives at most four values below 2^56 per outer step and the shifts move them
     * down, so none exceeds 2^61: no carry is lost.
     */
    private static Fp montMul(Fp a, Fp b) {
        final long a0 = a.l0 << 7, a1 = a.l1 << 7, a2 = a.l2 << 7, a3 = a.l3 << 7, a4 = a.l4 << 7, a5 = a.l5 << 7,
                a6 = a.l6 << 7;
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0;
        { // limb 0 of b: t += a·b0, then t += m·p with m making t ≡ 0 mod 2^56, then t /= 2^56
            final long bi = b.l0 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 1 of b: t += a·b1, then t += m·p with m making t ≡ 0 mod 2^56, then t /= 2^56
            final long bi = b.l1 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 2 of b: t += a·b2, then t += m·p with m making t ≡ 0 mod 2^56, then t /= 2^56
            final long bi = b.l2 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 3 of b: t += a·b3, then t += m·p with m making t ≡ 0 mod 2^56, then t /= 2^56
            final long bi = b.l3 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 4 of b: t += a·b4, then t += m·p with m making t ≡ 0 mod 2^56, then t /= 2^56
            final long bi = b.l4 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 5 of b: t += a·b5, then t += m·p with m making t ≡ 0 mod 2^56, then t /= 2^56
            final long bi = b.l5 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 6 of b: t += a·b6, then t += m·p with m making t ≡ 0 mod 2^56, then t /= 2^56
            final long bi = b.l6 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        return normaliseAndReduce(t0, t1, t2, t3, t4, t5, t6);
    }

    /**
     * (a·b + c·d)·2^-392 mod p (inputs < p) with one Montgomery reduction instead of two: the loop
     * of {@link #montMul} with both products accumulated before each reduction step. For F_p^2
     * products, whose coordinates are such sums (a0·b0 - a1·b1 = a0·b0 + a1·(p - b1)), this saves
     * a third of the reductions and the additions that Karatsuba needs. Per outer step an
     * accumulator gains at most six values below 2^56, so none exceeds 2^62; the result is below
     * (2p^2 + p·2^392)/2^392 < 2p.
     */
    static Fp sumOfProducts(Fp a, Fp b, Fp c, Fp d) {
        final long a0 = a.l0 << 7, a1 = a.l1 << 7, a2 = a.l2 << 7, a3 = a.l3 << 7, a4 = a.l4 << 7, a5 = a.l5 << 7,
                a6 = a.l6 << 7;
        final long c0 = c.l0 << 7, c1 = c.l1 << 7, c2 = c.l2 << 7, c3 = c.l3 << 7, c4 = c.l4 << 7, c5 = c.l5 << 7,
                c6 = c.l6 << 7;
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0;
        { // limb 0 of b and d: t += a·b0 + c·d0, then t += m·p, then t /= 2^56
            final long bi = b.l0 << 1;
            final long di = d.l0 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            t0 += (c0 * di) >>> 8; t1 += Math.multiplyHigh(c0, di);
            t1 += (c1 * di) >>> 8; t2 += Math.multiplyHigh(c1, di);
            t2 += (c2 * di) >>> 8; t3 += Math.multiplyHigh(c2, di);
            t3 += (c3 * di) >>> 8; t4 += Math.multiplyHigh(c3, di);
            t4 += (c4 * di) >>> 8; t5 += Math.multiplyHigh(c4, di);
            t5 += (c5 * di) >>> 8; t6 += Math.multiplyHigh(c5, di);
            t6 += (c6 * di) >>> 8; t7 += Math.multiplyHigh(c6, di);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 1 of b and d: t += a·b1 + c·d1, then t += m·p, then t /= 2^56
            final long bi = b.l1 << 1;
            final long di = d.l1 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            t0 += (c0 * di) >>> 8; t1 += Math.multiplyHigh(c0, di);
            t1 += (c1 * di) >>> 8; t2 += Math.multiplyHigh(c1, di);
            t2 += (c2 * di) >>> 8; t3 += Math.multiplyHigh(c2, di);
            t3 += (c3 * di) >>> 8; t4 += Math.multiplyHigh(c3, di);
            t4 += (c4 * di) >>> 8; t5 += Math.multiplyHigh(c4, di);
            t5 += (c5 * di) >>> 8; t6 += Math.multiplyHigh(c5, di);
            t6 += (c6 * di) >>> 8; t7 += Math.multiplyHigh(c6, di);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 2 of b and d: t += a·b2 + c·d2, then t += m·p, then t /= 2^56
            final long bi = b.l2 << 1;
            final long di = d.l2 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            t0 += (c0 * di) >>> 8; t1 += Math.multiplyHigh(c0, di);
            t1 += (c1 * di) >>> 8; t2 += Math.multiplyHigh(c1, di);
            t2 += (c2 * di) >>> 8; t3 += Math.multiplyHigh(c2, di);
            t3 += (c3 * di) >>> 8; t4 += Math.multiplyHigh(c3, di);
            t4 += (c4 * di) >>> 8; t5 += Math.multiplyHigh(c4, di);
            t5 += (c5 * di) >>> 8; t6 += Math.multiplyHigh(c5, di);
            t6 += (c6 * di) >>> 8; t7 += Math.multiplyHigh(c6, di);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 3 of b and d: t += a·b3 + c·d3, then t += m·p, then t /= 2^56
            final long bi = b.l3 << 1;
            final long di = d.l3 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            t0 += (c0 * di) >>> 8; t1 += Math.multiplyHigh(c0, di);
            t1 += (c1 * di) >>> 8; t2 += Math.multiplyHigh(c1, di);
            t2 += (c2 * di) >>> 8; t3 += Math.multiplyHigh(c2, di);
            t3 += (c3 * di) >>> 8; t4 += Math.multiplyHigh(c3, di);
            t4 += (c4 * di) >>> 8; t5 += Math.multiplyHigh(c4, di);
            t5 += (c5 * di) >>> 8; t6 += Math.multiplyHigh(c5, di);
            t6 += (c6 * di) >>> 8; t7 += Math.multiplyHigh(c6, di);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 4 of b and d: t += a·b4 + c·d4, then t += m·p, then t /= 2^56
            final long bi = b.l4 << 1;
            final long di = d.l4 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            t0 += (c0 * di) >>> 8; t1 += Math.multiplyHigh(c0, di);
            t1 += (c1 * di) >>> 8; t2 += Math.multiplyHigh(c1, di);
            t2 += (c2 * di) >>> 8; t3 += Math.multiplyHigh(c2, di);
            t3 += (c3 * di) >>> 8; t4 += Math.multiplyHigh(c3, di);
            t4 += (c4 * di) >>> 8; t5 += Math.multiplyHigh(c4, di);
            t5 += (c5 * di) >>> 8; t6 += Math.multiplyHigh(c5, di);
            t6 += (c6 * di) >>> 8; t7 += Math.multiplyHigh(c6, di);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 5 of b and d: t += a·b5 + c·d5, then t += m·p, then t /= 2^56
            final long bi = b.l5 << 1;
            final long di = d.l5 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            t0 += (c0 * di) >>> 8; t1 += Math.multiplyHigh(c0, di);
            t1 += (c1 * di) >>> 8; t2 += Math.multiplyHigh(c1, di);
            t2 += (c2 * di) >>> 8; t3 += Math.multiplyHigh(c2, di);
            t3 += (c3 * di) >>> 8; t4 += Math.multiplyHigh(c3, di);
            t4 += (c4 * di) >>> 8; t5 += Math.multiplyHigh(c4, di);
            t5 += (c5 * di) >>> 8; t6 += Math.multiplyHigh(c5, di);
            t6 += (c6 * di) >>> 8; t7 += Math.multiplyHigh(c6, di);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        { // limb 6 of b and d: t += a·b6 + c·d6, then t += m·p, then t /= 2^56
            final long bi = b.l6 << 1;
            final long di = d.l6 << 1;
            t0 += (a0 * bi) >>> 8; t1 += Math.multiplyHigh(a0, bi);
            t1 += (a1 * bi) >>> 8; t2 += Math.multiplyHigh(a1, bi);
            t2 += (a2 * bi) >>> 8; t3 += Math.multiplyHigh(a2, bi);
            t3 += (a3 * bi) >>> 8; t4 += Math.multiplyHigh(a3, bi);
            t4 += (a4 * bi) >>> 8; t5 += Math.multiplyHigh(a4, bi);
            t5 += (a5 * bi) >>> 8; t6 += Math.multiplyHigh(a5, bi);
            t6 += (a6 * bi) >>> 8; t7 += Math.multiplyHigh(a6, bi);
            t0 += (c0 * di) >>> 8; t1 += Math.multiplyHigh(c0, di);
            t1 += (c1 * di) >>> 8; t2 += Math.multiplyHigh(c1, di);
            t2 += (c2 * di) >>> 8; t3 += Math.multiplyHigh(c2, di);
            t3 += (c3 * di) >>> 8; t4 += Math.multiplyHigh(c3, di);
            t4 += (c4 * di) >>> 8; t5 += Math.multiplyHigh(c4, di);
            t5 += (c5 * di) >>> 8; t6 += Math.multiplyHigh(c5, di);
            t6 += (c6 * di) >>> 8; t7 += Math.multiplyHigh(c6, di);
            final long m = ((t0 * INV) & M) << 7;
            t0 += (m * Q0) >>> 8; t1 += Math.multiplyHigh(m, Q0);
            t1 += (m * Q1) >>> 8; t2 += Math.multiplyHigh(m, Q1);
            t2 += (m * Q2) >>> 8; t3 += Math.multiplyHigh(m, Q2);
            t3 += (m * Q3) >>> 8; t4 += Math.multiplyHigh(m, Q3);
            t4 += (m * Q4) >>> 8; t5 += Math.multiplyHigh(m, Q4);
            t5 += (m * Q5) >>> 8; t6 += Math.multiplyHigh(m, Q5);
            t6 += (m * Q6) >>> 8; t7 += Math.multiplyHigh(m, Q6);
            t0 = t1 + (t0 >>> 56); t1 = t2; t2 = t3; t3 = t4; t4 = t5; t5 = t6; t6 = t7; t7 = 0;
        }
        return normaliseAndReduce(t0, t1, t2, t3, t4, t5, t6);
    }

    /** For t < 2p < 2^382 held in unnormalised limbs: propagates the carries, then reduces once. */
    private static Fp normaliseAndReduce(long t0, long t1, long t2, long t3, long t4, long t5, long t6) {
        t1 += t0 >>> 56;
        t2 += t1 >>> 56;
        t3 += t2 >>> 56;
        t4 += t3 >>> 56;
        t5 += t4 >>> 56;
        t6 += t5 >>> 56;
        return reduceOnce(t0 & M, t1 & M, t2 & M, t3 & M, t4 & M, t5 & M, t6);
    }

    /**
     * x - p when x ≥ p, else x, for normalised x < 2p; borrows travel as the sign of each limb
     * difference (arithmetic shift), and the result is selected with a mask rather than a branch.
     */
    private static Fp reduceOnce(long x0, long x1, long x2, long x3, long x4, long x5, long x6) {
        long d0 = x0 - P0;
        long d1 = x1 - P1 + (d0 >> 56);
        long d2 = x2 - P2 + (d1 >> 56);
        long d3 = x3 - P3 + (d2 >> 56);
        long d4 = x4 - P4 + (d3 >> 56);
        long d5 = x5 - P5 + (d4 >> 56);
        long d6 = x6 - P6 + (d5 >> 56);
        long keep = d6 >> 63; // all ones when x < p
        return new Fp((x0 & keep) | (d0 & M & ~keep), (x1 & keep) | (d1 & M & ~keep), (x2 & keep) | (d2 & M & ~keep),
                (x3 & keep) | (d3 & M & ~keep), (x4 & keep) | (d4 & M & ~keep), (x5 & keep) | (d5 & M & ~keep),
                (x6 & keep) | (d6 & ~keep));
    }

    // ---- field operations ----

    public Fp add(Fp o) {
        long s0 = l0 + o.l0;
        long s1 = l1 + o.l1 + (s0 >>> 56);
        long s2 = l2 + o.l2 + (s1 >>> 56);
        long s3 = l3 + o.l3 + (s2 >>> 56);
        long s4 = l4 + o.l4 + (s3 >>> 56);
        long s5 = l5 + o.l5 + (s4 >>> 56);
        long s6 = l6 + o.l6 + (s5 >>> 56);
        return reduceOnce(s0 & M, s1 & M, s2 & M, s3 & M, s4 & M, s5 & M, s6);
    }

    public Fp sub(Fp o) {
        long d0 = l0 - o.l0;
        long d1 = l1 - o.l1 + (d0 >> 56);
        long d2 = l2 - o.l2 + (d1 >> 56);
        long d3 = l3 - o.l3 + (d2 >> 56);
        long d4 = l4 - o.l4 + (d3 >> 56);
        long d5 = l5 - o.l5 + (d4 >> 56);
        long d6 = l6 - o.l6 + (d5 >> 56);
        // a negative difference gets p added back; the top limb then lands in [0, 2^56)
        long m = d6 >> 63;
        long r0 = (d0 & M) + (P0 & m);
        long r1 = (d1 & M) + (P1 & m) + (r0 >>> 56);
        long r2 = (d2 & M) + (P2 & m) + (r1 >>> 56);
        long r3 = (d3 & M) + (P3 & m) + (r2 >>> 56);
        long r4 = (d4 & M) + (P4 & m) + (r3 >>> 56);
        long r5 = (d5 & M) + (P5 & m) + (r4 >>> 56);
        long r6 = d6 + (P6 & m) + (r5 >>> 56);
        return new Fp(r0 & M, r1 & M, r2 & M, r3 & M, r4 & M, r5 & M, r6);
    }

    public Fp neg() {
        return isZero() ? this : ZERO.sub(this);
    }

    public Fp mul(Fp o) {
        return montMul(this, o);
    }

    public Fp mul(long small) {
        return mul(of(small));
    }

    public Fp sqr() {
        return montMul(this, this);
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

    /**
     * this^e with a fixed 4-bit window: 15 precomputed powers, then per window four squarings and
     * at most one multiplication (about 475 products for the 380-bit exponents of square roots and
     * Legendre symbols, against about 570 bit by bit).
     */
    public Fp pow(BigInteger e) {
        Fp[] table = new Fp[16];
        table[0] = ONE;
        for (int i = 1; i < 16; i++) {
            table[i] = table[i - 1].mul(this);
        }
        Fp r = ONE;
        for (int w = (e.bitLength() + 3) / 4 - 1; w >= 0; w--) {
            r = r.sqr().sqr().sqr().sqr();
            int digit = (e.testBit(4 * w) ? 1 : 0) | (e.testBit(4 * w + 1) ? 2 : 0)
                    | (e.testBit(4 * w + 2) ? 4 : 0) | (e.testBit(4 * w + 3) ? 8 : 0);
            if (digit != 0) {
                r = r.mul(table[digit]);
            }
        }
        return r;
    }

    public boolean isZero() {
        return (l0 | l1 | l2 | l3 | l4 | l5 | l6) == 0;
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
        Fp r = sqrtCandidate();
        return r.sqr().equals(this) ? r : null;
    }

    /**
     * this^((p+1)/4): a square root of this when this is a square, otherwise (p = 3 mod 4, so -1 is
     * not a square) a square root of -this.
     */
    Fp sqrtCandidate() {
        return pow(SQRT_EXP);
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
        if (!(o instanceof Fp)) {
            return false;
        }
        Fp f = (Fp) o;
        return ((l0 ^ f.l0) | (l1 ^ f.l1) | (l2 ^ f.l2) | (l3 ^ f.l3) | (l4 ^ f.l4) | (l5 ^ f.l5) | (l6 ^ f.l6)) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(l0 ^ l1 ^ l2 ^ l3 ^ l4 ^ l5 ^ l6);
    }

    @Override
    public String toString() {
        return "0x" + toBigInteger().toString(16);
    }
}
