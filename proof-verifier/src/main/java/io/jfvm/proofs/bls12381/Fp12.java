package io.jfvm.proofs.bls12381;

import java.math.BigInteger;

/**
 * F_p^12 = F_p^6[w] / (w^2 - v). Immutable: c0 + c1·w. The target group GT of the pairing lives here.
 */
public final class Fp12 {
    public static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

    /**
     * Frobenius coefficients γ_k = ξ^(k·(p-1)/6), k = 0..5. Writing an element as Σ a_k·w^k with
     * a_k ∈ F_p^2 (v = w^2), x^p = Σ conj(a_k)·γ_k·w^k because w^p = w·(w^6)^((p-1)/6) = w·ξ^((p-1)/6).
     * Computed here rather than hard-coded so that they follow from the field definition.
     */
    private static final Fp2[] GAMMA = new Fp2[6];

    static {
        BigInteger e = Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
        Fp2 g = Fp2.XI.pow(e);
        GAMMA[0] = Fp2.ONE;
        for (int k = 1; k < 6; k++) {
            GAMMA[k] = GAMMA[k - 1].mul(g);
        }
    }

    public final Fp6 c0;
    public final Fp6 c1;

    public Fp12(Fp6 c0, Fp6 c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    public Fp12 mul(Fp12 o) {
        Fp6 t0 = c0.mul(o.c0);
        Fp6 t1 = c1.mul(o.c1);
        Fp6 r1 = c0.add(c1).mul(o.c0.add(o.c1)).sub(t0).sub(t1);
        return new Fp12(t0.add(t1.mulByV()), r1);
    }

    /**
     * Product with a Miller-loop line (a + b·v) + (c·v)·w, with c in F_p: 12 F_p^2
     * multiplications instead of 18 for a general product.
     */
    public Fp12 mulByLine(Fp2 a, Fp2 b, Fp c) {
        Fp6 t0 = c0.mulBy01(a, b);
        Fp6 t1 = c1.mulByV().mul(c);
        Fp6 r1 = c0.add(c1).mulBy01(a, b.add(new Fp2(c, Fp.ZERO))).sub(t0).sub(t1);
        return new Fp12(t0.add(t1.mulByV()), r1);
    }

    public Fp12 sqr() {
        // (a + bw)^2 = a^2 + b^2 v + 2ab w, with a^2 + b^2 v = (a+b)(a+bv) - ab - ab v
        Fp6 ab = c0.mul(c1);
        Fp6 r0 = c0.add(c1).mul(c0.add(c1.mulByV())).sub(ab).sub(ab.mulByV());
        return new Fp12(r0, ab.add(ab));
    }

    /** Conjugation x ↦ x^(p^6); equals the inverse for elements of the cyclotomic subgroup. */
    public Fp12 conj() {
        return new Fp12(c0, c1.neg());
    }

    public Fp12 inv() {
        // (a + bw)^-1 = (a - bw) / (a^2 - b^2 v)
        Fp6 d = c0.sqr().sub(c1.sqr().mulByV()).inv();
        return new Fp12(c0.mul(d), c1.neg().mul(d));
    }

    /** x ↦ x^(p^n) by repeated application of the coefficient-wise Frobenius. */
    public Fp12 frobenius(int n) {
        Fp12 r = this;
        for (int i = 0; i < n; i++) {
            r = r.frobenius1();
        }
        return r;
    }

    private Fp12 frobenius1() {
        // basis order: w^0 = c0.c0, w^2 = c0.c1, w^4 = c0.c2, w^1 = c1.c0, w^3 = c1.c1, w^5 = c1.c2
        return new Fp12(
                new Fp6(c0.c0.conj(), c0.c1.conj().mul(GAMMA[2]), c0.c2.conj().mul(GAMMA[4])),
                new Fp6(c1.c0.conj().mul(GAMMA[1]), c1.c1.conj().mul(GAMMA[3]), c1.c2.conj().mul(GAMMA[5])));
    }

    public Fp12 pow(BigInteger e) {
        Fp12 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.sqr();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    public boolean isOne() {
        return equals(ONE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp12 && ((Fp12) o).c0.equals(c0) && ((Fp12) o).c1.equals(c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }
}
