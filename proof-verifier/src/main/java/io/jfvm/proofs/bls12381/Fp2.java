package io.jfvm.proofs.bls12381;

import java.math.BigInteger;

/** F_p^2 = F_p[u] / (u^2 + 1). Immutable: c0 + c1·u. */
public final class Fp2 {
    public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    /** ξ = 1 + u, the non-residue used to build F_p^6 and the sextic twist. */
    public static final Fp2 XI = new Fp2(Fp.ONE, Fp.ONE);

    /** 1/2, for the square root. */
    private static final Fp HALF = Fp.of(2).inv();

    public final Fp c0;
    public final Fp c1;

    public Fp2(Fp c0, Fp c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    public static Fp2 of(long a, long b) {
        return new Fp2(Fp.of(a), Fp.of(b));
    }

    public static Fp2 hex(String a, String b) {
        return new Fp2(Fp.hex(a), Fp.hex(b));
    }

    public Fp2 add(Fp2 o) {
        return new Fp2(c0.add(o.c0), c1.add(o.c1));
    }

    public Fp2 sub(Fp2 o) {
        return new Fp2(c0.sub(o.c0), c1.sub(o.c1));
    }

    public Fp2 neg() {
        return new Fp2(c0.neg(), c1.neg());
    }

    public Fp2 dbl() {
        return add(this);
    }

    /**
     * (a0 + a1·u)(b0 + b1·u) = (a0·b0 - a1·b1) + (a0·b1 + a1·b0)·u, each coordinate one sum of two
     * products with a single Montgomery reduction ({@link Fp#sumOfProducts}); measured faster than
     * Karatsuba's three full multiplications and five additions.
     */
    public Fp2 mul(Fp2 o) {
        return new Fp2(Fp.sumOfProducts(c0, o.c0, c1, o.c1.neg()), Fp.sumOfProducts(c0, o.c1, c1, o.c0));
    }

    public Fp2 mul(Fp s) {
        return new Fp2(c0.mul(s), c1.mul(s));
    }

    public Fp2 mul(long s) {
        return new Fp2(c0.mul(s), c1.mul(s));
    }

    public Fp2 sqr() {
        // (a + bu)^2 = (a+b)(a-b) + 2ab·u
        Fp ab = c0.mul(c1);
        return new Fp2(c0.add(c1).mul(c0.sub(c1)), ab.dbl());
    }

    /** Multiplication by ξ = 1 + u: (a + bu)(1 + u) = (a - b) + (a + b)u. */
    public Fp2 mulByXi() {
        return new Fp2(c0.sub(c1), c0.add(c1));
    }

    public Fp2 conj() {
        return new Fp2(c0, c1.neg());
    }

    public Fp norm() {
        return c0.sqr().add(c1.sqr());
    }

    public Fp2 inv() {
        Fp n = norm();
        if (n.isZero()) {
            throw new ArithmeticException("inverse of zero in Fp2");
        }
        Fp ni = n.inv();
        return new Fp2(c0.mul(ni), c1.neg().mul(ni));
    }

    public Fp2 pow(BigInteger e) {
        Fp2 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.sqr();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    /** Frobenius x ↦ x^p, which on F_p^2 is conjugation. */
    public Fp2 frobenius() {
        return conj();
    }

    public boolean isZero() {
        return c0.isZero() && c1.isZero();
    }

    public boolean isOne() {
        return c0.isOne() && c1.isZero();
    }

    /** x is a square in F_p^2 iff its norm is a square in F_p. */
    public boolean isSquare() {
        return norm().isSquare();
    }

    /**
     * A square root, or null. Uses the norm: for a = a0 + a1·u with sqrt = x0 + x1·u we have
     * x0^2 = (a0 ± sqrt(N(a)))/2 and x1 = a1 / (2·x0). Exactly one sign gives a square in F_p
     * (the product of the two candidates is -(a1/2)^2 and -1 is not a square), and one
     * exponentiation serves both: x = t^((p+1)/4) for t = (a0 + sqrt(N(a)))/2 squares to t or to
     * -t. In the second case x0^2 - x1^2 = a0 gives x1^2 = -t, so x1 = x and x0 = a1/(2·x).
     * The result is always checked by squaring.
     */
    public Fp2 sqrt() {
        if (isZero()) {
            return ZERO;
        }
        if (c1.isZero()) {
            // a0^((p+1)/4) squares to a0, or to -a0 when a0 is not a square: then (x·u)^2 = a0
            Fp x = c0.sqrtCandidate();
            return x.sqr().equals(c0) ? new Fp2(x, Fp.ZERO) : new Fp2(Fp.ZERO, x);
        }
        Fp s = norm().sqrt();
        if (s == null) {
            return null;
        }
        Fp t = c0.add(s).mul(HALF);
        Fp x = t.sqrtCandidate();
        Fp other = c1.mul(x.dbl().inv());
        Fp2 r = x.sqr().equals(t) ? new Fp2(x, other) : new Fp2(other, x);
        return r.sqr().equals(this) ? r : null;
    }

    /** RFC 9380 sgn0 for F_p^2. */
    public boolean sgn0() {
        boolean sign0 = c0.sgn0();
        boolean zero0 = c0.isZero();
        boolean sign1 = c1.sgn0();
        return sign0 || (zero0 && sign1);
    }

    /** ZCash compression sign for G2: compare c1 first, c0 when c1 is zero. */
    public boolean lexicographicallyLargest() {
        return c1.isZero() ? c0.lexicographicallyLargest() : c1.lexicographicallyLargest();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2 && ((Fp2) o).c0.equals(c0) && ((Fp2) o).c1.equals(c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }

    @Override
    public String toString() {
        return "(" + c0 + ", " + c1 + ")";
    }
}
