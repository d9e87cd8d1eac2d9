package io.jfvm.proofs.bls12381;

import java.math.BigInteger;
import java.util.List;

/**
 * The optimal ate pairing on BLS12-381.
 *
 * <p>Miller loop: the G2 point T runs over |z| in affine coordinates on the twist, and each line
 * through T (tangent, or chord through T and Q) is evaluated at the G1 point P and multiplied into
 * the accumulator as an F_p^12 element. With the untwisting map (x, y) ↦ (x·w^-2, y·w^-3) the line
 * y_P - Y_T - λ(x_P - X_T), scaled by w^3 (an element of a proper subfield, which the final
 * exponentiation removes), is (λ'·x_T - y_T) - λ'·x_P·w^2 + y_P·w^3, with λ' the slope on the twist.
 * Vertical lines are omitted for the same reason. z is negative, so the result is conjugated.
 *
 * <p>Several pairs share one accumulator ({@link #millerLoop(List)}), so a product of pairings costs
 * one squaring chain and one final exponentiation.
 */
public final class Pairing {
    private Pairing() {
    }

    /** The hard part of the final exponent, (p^4 - p^2 + 1) / r. */
    private static final BigInteger HARD_EXP;

    static {
        BigInteger p2 = Fp.P.multiply(Fp.P);
        BigInteger num = p2.multiply(p2).subtract(p2).add(BigInteger.ONE);
        BigInteger[] qr = num.divideAndRemainder(Curve.R);
        if (qr[1].signum() != 0) {
            throw new IllegalStateException("r does not divide p^4 - p^2 + 1");
        }
        HARD_EXP = qr[0];
    }

    /** One (P, Q) pair of a pairing product. Infinity on either side contributes the factor 1. */
    public static final class PairInput {
        final G1 p;
        final G2 q;

        public PairInput(G1 p, G2 q) {
            this.p = p;
            this.q = q;
        }
    }

    public static Fp12 pairing(G1 p, G2 q) {
        return finalExponentiation(millerLoop(List.of(new PairInput(p, q))));
    }

    /** True when the product of e(P_i, Q_i) is 1 in GT. */
    public static boolean productIsOne(List<PairInput> pairs) {
        return finalExponentiation(millerLoop(pairs)).isOne();
    }

    public static Fp12 millerLoop(List<PairInput> pairs) {
        int n = pairs.size();
        Fp[] px = new Fp[n];
        Fp[] py = new Fp[n];
        Fp2[] qx = new Fp2[n];
        Fp2[] qy = new Fp2[n];
        Fp2[] tx = new Fp2[n];
        Fp2[] ty = new Fp2[n];
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            PairInput in = pairs.get(i);
            if (in.p.isInfinity() || in.q.isInfinity()) {
                skip[i] = true;
                continue;
            }
            G1 pa = in.p.toAffine();
            G2 qa = in.q.toAffine();
            px[i] = pa.x;
            py[i] = pa.y;
            qx[i] = qa.x;
            qy[i] = qa.y;
            tx[i] = qa.x;
            ty[i] = qa.y;
        }
        Fp12 f = Fp12.ONE;
        BigInteger loop = Curve.Z_ABS;
        for (int bit = loop.bitLength() - 2; bit >= 0; bit--) {
            f = f.sqr();
            // one inversion per step for all pairs (Montgomery's trick)
            Fp2[] den = new Fp2[n];
            for (int i = 0; i < n; i++) {
                if (!skip[i]) {
                    den[i] = ty[i].dbl();
                }
            }
            Fp2[] denInv = Fp2.batchInverse(den);
            for (int i = 0; i < n; i++) {
                if (skip[i]) {
                    continue;
                }
                // tangent at T
                Fp2 x2 = tx[i].sqr();
                Fp2 lambda = x2.dbl().add(x2).mul(denInv[i]);
                f = f.mulByLine(lambda.mul(tx[i]).sub(ty[i]), lambda.mul(px[i]).neg(), py[i]);
                Fp2 nx = lambda.sqr().sub(tx[i].dbl());
                ty[i] = lambda.mul(tx[i].sub(nx)).sub(ty[i]);
                tx[i] = nx;
            }
            if (loop.testBit(bit)) {
                for (int i = 0; i < n; i++) {
                    den[i] = skip[i] ? null : qx[i].sub(tx[i]);
                }
                denInv = Fp2.batchInverse(den);
                for (int i = 0; i < n; i++) {
                    if (skip[i]) {
                        continue;
                    }
                    // chord through T and Q
                    Fp2 lambda = qy[i].sub(ty[i]).mul(denInv[i]);
                    f = f.mulByLine(lambda.mul(tx[i]).sub(ty[i]), lambda.mul(px[i]).neg(), py[i]);
                    Fp2 nx = lambda.sqr().sub(tx[i]).sub(qx[i]);
                    ty[i] = lambda.mul(tx[i].sub(nx)).sub(ty[i]);
                    tx[i] = nx;
                }
            }
        }
        return f.conj();
    }

    /**
     * f^(3·(p^12 - 1) / r). Easy part: f^((p^6 - 1)(p^2 + 1)). Hard part: the BLS12 decomposition
     * 3·(p^4 - p^2 + 1)/r = (z - 1)^2·(z + p)·(z^2 + p^2 - 1) + 3 (Hayashida, Hayasaka and Teruya,
     * 2020), which needs four exponentiations by the 64-bit z instead of one by a 1,270-bit exponent.
     * The factor 3 is coprime to r, so "is one" and equality tests are unaffected; it only makes the
     * GT values the cubes of the standard pairing values ({@link #finalExponentiationReference}).
     */
    public static Fp12 finalExponentiation(Fp12 f) {
        Fp12 t = f.conj().mul(f.inv());
        t = t.frobenius(2).mul(t);
        // from here on t is in the cyclotomic subgroup, where the inverse is the conjugate
        Fp12 a = powZMinus1(powZMinus1(t));
        a = powZ(a).mul(a.frobenius(1));
        a = powZ(powZ(a)).mul(a.frobenius(2)).mul(a.conj());
        return a.mul(t.sqr().mul(t));
    }

    /** The plain definition f^((p^12 - 1)/r), for tests. */
    public static Fp12 finalExponentiationReference(Fp12 f) {
        Fp12 t = f.conj().mul(f.inv());
        t = t.frobenius(2).mul(t);
        return t.pow(HARD_EXP);
    }

    /** f^z for cyclotomic f: z < 0, so f^z = conj(f^|z|). */
    private static Fp12 powZ(Fp12 f) {
        return f.pow(Curve.Z_ABS).conj();
    }

    private static Fp12 powZMinus1(Fp12 f) {
        return powZ(f).mul(f.conj());
    }
}
