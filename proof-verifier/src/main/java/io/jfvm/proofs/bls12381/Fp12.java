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
     * Product with a Miller-loop line a + b·w^2 + c·w^3 = (a + b·v) + (c·v)·w, the "014-sparse"
     * shape (coefficients 0, 1 and 4 of the six F_p^2 slots): 13 F_p^2 multiplications instead of
     * 18 for a general product (Karatsuba over w with the sparse factors, as in Aranha et al.,
     * "Faster Explicit Formulas for Computing Pairings over Ordinary Curves", 2011).
     */
    public Fp12 mulBy014(Fp2 a, Fp2 b, Fp2 c) {
        Fp6 t0 = c0.mulBy01(a, b);
        Fp6 t1 = c1.mulBy1(c);
        Fp6 r1 = c0.add(c1).mulBy01(a, b.add(c)).sub(t0).sub(t1);
        return new Fp12(t0.add(t1.mulByV()), r1);
    }

    public Fp12 sqr() {
        // (a + bw)^2 = a^2 + b^2 v + 2ab w, with a^2 + b^2 v = (a+b)(a+bv) - ab - ab v
        Fp6 ab = c0.mul(c1);
        Fp6 r0 = c0.add(c1).mul(c0.add(c1.mulByV())).sub(ab).sub(ab.mulByV());
        return new Fp12(r0, ab.add(ab));
    }

    /**
     * Squaring for elements of the cyclotomic subgroup (norm 1 over F_p^6, as every value after
     * the easy part of the final exponentiation is): Granger and Scott, "Faster Squaring in the
     * Cyclotomic Subgroup of Sixth Degree Extensions" (PKC 2010), §3.2. View F_p^12 as
     * F_p^4[t]/(t^3 - s) with F_p^4 = F_p^2[s]/(s^2 - ξ), t = w, s = w^3; then f = A + B·t + C·t^2
     * with A = g0 + h1·s, B = h0 + g2·s, C = g1 + h2·s (g = c0, h = c1), and
     * f^2 = (3A^2 - 2·conj(A)) + (3s·C^2 + 2·conj(B))·t + (3B^2 - 2·conj(C))·t^2,
     * where conj(x + y·s) = x - y·s. Nine F_p^2 squarings instead of twelve multiplications.
     * Wrong for elements outside the subgroup.
     */
    public Fp12 cyclotomicSquare() {
        Fp2[] a = fp4Square(c0.c0, c1.c1);
        Fp2[] b = fp4Square(c1.c0, c0.c2);
        Fp2[] c = fp4Square(c0.c1, c1.c2);
        Fp2 g0 = tripleMinusDouble(a[0], c0.c0);
        Fp2 h1 = triplePlusDouble(a[1], c1.c1);
        Fp2 h0 = triplePlusDouble(c[1].mulByXi(), c1.c0);
        Fp2 g2 = tripleMinusDouble(c[0], c0.c2);
        Fp2 g1 = tripleMinusDouble(b[0], c0.c1);
        Fp2 h2 = triplePlusDouble(b[1], c1.c2);
        return new Fp12(new Fp6(g0, g1, g2), new Fp6(h0, h1, h2));
    }

    /** (x + y·s)^2 = (x^2 + ξ·y^2) + ((x + y)^2 - x^2 - y^2)·s, three squarings. */
    private static Fp2[] fp4Square(Fp2 x, Fp2 y) {
        Fp2 x2 = x.sqr();
        Fp2 y2 = y.sqr();
        return new Fp2[] {x2.add(y2.mulByXi()), x.add(y).sqr().sub(x2).sub(y2)};
    }

    /** 3·sq - 2·old = 2·(sq - old) + sq. */
    private static Fp2 tripleMinusDouble(Fp2 sq, Fp2 old) {
        return sq.sub(old).dbl().add(sq);
    }

    /** 3·sq + 2·old = 2·(sq + old) + sq. */
    private static Fp2 triplePlusDouble(Fp2 sq, Fp2 old) {
        return sq.add(old).dbl().add(sq);
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
