package io.jfvm.proofs.bls12381;

/** F_p^6 = F_p^2[v] / (v^3 - ξ), ξ = 1 + u. Immutable: c0 + c1·v + c2·v^2. */
public final class Fp6 {
    public static final Fp6 ZERO = new Fp6(Fp2.ZERO, Fp2.ZERO, Fp2.ZERO);
    public static final Fp6 ONE = new Fp6(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

    public final Fp2 c0;
    public final Fp2 c1;
    public final Fp2 c2;

    public Fp6(Fp2 c0, Fp2 c1, Fp2 c2) {
        this.c0 = c0;
        this.c1 = c1;
        this.c2 = c2;
    }

    public Fp6 add(Fp6 o) {
        return new Fp6(c0.add(o.c0), c1.add(o.c1), c2.add(o.c2));
    }

    public Fp6 sub(Fp6 o) {
        return new Fp6(c0.sub(o.c0), c1.sub(o.c1), c2.sub(o.c2));
    }

    public Fp6 neg() {
        return new Fp6(c0.neg(), c1.neg(), c2.neg());
    }

    /** Karatsuba-style product (6 F_p^2 multiplications). */
    public Fp6 mul(Fp6 o) {
        Fp2 t0 = c0.mul(o.c0);
        Fp2 t1 = c1.mul(o.c1);
        Fp2 t2 = c2.mul(o.c2);
        Fp2 r0 = c1.add(c2).mul(o.c1.add(o.c2)).sub(t1).sub(t2).mulByXi().add(t0);
        Fp2 r1 = c0.add(c1).mul(o.c0.add(o.c1)).sub(t0).sub(t1).add(t2.mulByXi());
        Fp2 r2 = c0.add(c2).mul(o.c0.add(o.c2)).sub(t0).sub(t2).add(t1);
        return new Fp6(r0, r1, r2);
    }

    /** Product with the sparse element a + b·v (5 F_p^2 multiplications instead of 6). */
    public Fp6 mulBy01(Fp2 a, Fp2 b) {
        Fp2 t0 = c0.mul(a);
        Fp2 t1 = c1.mul(b);
        Fp2 r0 = c2.mul(b).mulByXi().add(t0);
        Fp2 r1 = c0.add(c1).mul(a.add(b)).sub(t0).sub(t1);
        Fp2 r2 = c2.mul(a).add(t1);
        return new Fp6(r0, r1, r2);
    }

    /** Product with the sparse element c·v: (c0 + c1 v + c2 v^2)·c·v = ξ·c2·c + c0·c·v + c1·c·v^2. */
    public Fp6 mulBy1(Fp2 c) {
        return new Fp6(c2.mul(c).mulByXi(), c0.mul(c), c1.mul(c));
    }

    public Fp6 mul(Fp2 s) {
        return new Fp6(c0.mul(s), c1.mul(s), c2.mul(s));
    }

    public Fp6 sqr() {
        return mul(this);
    }

    /** Multiplication by v: (c0 + c1 v + c2 v^2)·v = ξ c2 + c0 v + c1 v^2. */
    public Fp6 mulByV() {
        return new Fp6(c2.mulByXi(), c0, c1);
    }

    public Fp6 inv() {
        // Standard formula for cubic extensions (see e.g. "Implementing cryptographic pairings", Scott).
        Fp2 a = c0.sqr().sub(c1.mul(c2).mulByXi());
        Fp2 b = c2.sqr().mulByXi().sub(c0.mul(c1));
        Fp2 c = c1.sqr().sub(c0.mul(c2));
        Fp2 d = c0.mul(a).add(c2.mul(b).mulByXi()).add(c1.mul(c).mulByXi());
        Fp2 di = d.inv();
        return new Fp6(a.mul(di), b.mul(di), c.mul(di));
    }

    public boolean isZero() {
        return c0.isZero() && c1.isZero() && c2.isZero();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp6 && ((Fp6) o).c0.equals(c0) && ((Fp6) o).c1.equals(c1) && ((Fp6) o).c2.equals(c2);
    }

    @Override
    public int hashCode() {
        return (c0.hashCode() * 31 + c1.hashCode()) * 31 + c2.hashCode();
    }
}
