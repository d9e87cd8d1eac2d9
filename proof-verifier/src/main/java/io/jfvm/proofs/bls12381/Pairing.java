package io.jfvm.proofs.bls12381;

import java.math.BigInteger;
import java.util.List;

/**
 * The optimal ate pairing on BLS12-381: a Miller loop ({@link MillerLoop}) and the final
 * exponentiation. Several pairs share one Miller loop ({@link #millerLoop(List)}), so a product of
 * pairings costs one squaring chain and one final exponentiation.
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

    /** The Miller loop of a product of pairings (see {@link MillerLoop}); not yet exponentiated. */
    public static Fp12 millerLoop(List<PairInput> pairs) {
        return MillerLoop.run(pairs);
    }

    /**
     * f^(3·(p^12 - 1) / r). Easy part: f^((p^6 - 1)(p^2 + 1)). Hard part: the BLS12 decomposition
     * 3·(p^4 - p^2 + 1)/r = (z - 1)^2·(z + p)·(z^2 + p^2 - 1) + 3 (Hayashida, Hayasaka and Teruya,
     * 2020), which needs five exponentiations by the 64-bit z instead of one by a 1,270-bit exponent,
     * and these use the cheap cyclotomic squaring ({@link Fp12#cyclotomicSquare()}).
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
        return a.mul(t.cyclotomicSquare().mul(t));
    }

    /** The plain definition f^((p^12 - 1)/r), for tests. */
    public static Fp12 finalExponentiationReference(Fp12 f) {
        Fp12 t = f.conj().mul(f.inv());
        t = t.frobenius(2).mul(t);
        return t.pow(HARD_EXP);
    }

    /**
     * f^z for cyclotomic f by square-and-multiply over the 64 bits of |z| (63 cyclotomic squarings,
     * 5 multiplications: |z| has six bits set); z < 0, so f^z = conj(f^|z|).
     */
    private static Fp12 powZ(Fp12 f) {
        Fp12 r = f;
        for (int bit = 62 - Long.numberOfLeadingZeros(Curve.Z_ABS_BITS); bit >= 0; bit--) {
            r = r.cyclotomicSquare();
            if ((Curve.Z_ABS_BITS >>> bit & 1) != 0) {
                r = r.mul(f);
            }
        }
        return r.conj();
    }

    private static Fp12 powZMinus1(Fp12 f) {
        return powZ(f).mul(f.conj());
    }
}
