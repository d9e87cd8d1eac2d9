package io.jfvm.proofs.bls12381;

import java.math.BigInteger;

/**
 * A point of E(F_p): y^2 = x^3 + 4, in Jacobian coordinates (X/Z^2, Y/Z^3); Z = 0 is the point at
 * infinity. Immutable. Formulas are the a = 0 ones from the Explicit-Formulas Database
 * (dbl-2009-l, add-2007-bl, madd-2007-bl).
 */
public final class G1 {
    public static final Fp B = Fp.of(4);
    public static final G1 INFINITY = new G1(Fp.ONE, Fp.ONE, Fp.ZERO);
    public static final G1 GENERATOR = new G1(
            Fp.hex("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
            Fp.hex("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"),
            Fp.ONE);

    /**
     * A non-trivial cube root of unity β for the endomorphism σ(x, y) = (β·x, y), chosen (at class
     * initialisation, from the generator) so that σ acts on G1 as multiplication by -z^2, z the curve
     * parameter. Then P ∈ G1 ⇔ σ(P) = [-z^2]P (Scott, "A note on group membership tests", 2021).
     */
    private static final Fp BETA;

    static {
        Fp w = Fp.of(2).pow(Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
        if (w.isOne()) {
            w = Fp.of(3).pow(Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
        }
        BigInteger zz = Curve.Z.multiply(Curve.Z).negate();
        G1 target = GENERATOR.mul(zz);
        BETA = GENERATOR.sigmaWith(w).equals(target) ? w : w.sqr();
    }

    final Fp x;
    final Fp y;
    final Fp z;

    G1(Fp x, Fp y, Fp z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** An affine point; does not check the curve equation (see {@link #isOnCurve()}). */
    public static G1 affine(Fp x, Fp y) {
        return new G1(x, y, Fp.ONE);
    }

    public boolean isInfinity() {
        return z.isZero();
    }

    public boolean isOnCurve() {
        if (isInfinity()) {
            return true;
        }
        // Y^2 = X^3 + b Z^6
        Fp z2 = z.sqr();
        Fp z6 = z2.sqr().mul(z2);
        return y.sqr().equals(x.sqr().mul(x).add(B.mul(z6)));
    }

    /** Subgroup membership by the endomorphism test (cost: one 128-bit scalar multiplication). */
    public boolean isInSubgroup() {
        if (isInfinity()) {
            return true;
        }
        return sigmaWith(BETA).equals(mul(Curve.Z.multiply(Curve.Z).negate()));
    }

    private G1 sigmaWith(Fp beta) {
        return new G1(x.mul(beta), y, z);
    }

    public G1 neg() {
        return new G1(x, y.neg(), z);
    }

    public G1 dbl() {
        if (isInfinity() || y.isZero()) {
            return INFINITY;
        }
        Fp a = x.sqr();
        Fp b = y.sqr();
        Fp c = b.sqr();
        Fp d = x.add(b).sqr().sub(a).sub(c).dbl();
        Fp e = a.dbl().add(a);
        Fp f = e.sqr();
        Fp x3 = f.sub(d.dbl());
        Fp y3 = e.mul(d.sub(x3)).sub(c.dbl().dbl().dbl());
        Fp z3 = y.mul(z).dbl();
        return new G1(x3, y3, z3);
    }

    public G1 add(G1 o) {
        if (isInfinity()) {
            return o;
        }
        if (o.isInfinity()) {
            return this;
        }
        if (o.z.isOne()) {
            return addAffine(o);
        }
        Fp z1z1 = z.sqr();
        Fp z2z2 = o.z.sqr();
        Fp u1 = x.mul(z2z2);
        Fp u2 = o.x.mul(z1z1);
        Fp s1 = y.mul(o.z).mul(z2z2);
        Fp s2 = o.y.mul(z).mul(z1z1);
        Fp h = u2.sub(u1);
        Fp r = s2.sub(s1).dbl();
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        Fp i = h.dbl().sqr();
        Fp j = h.mul(i);
        Fp v = u1.mul(i);
        Fp x3 = r.sqr().sub(j).sub(v.dbl());
        Fp y3 = r.mul(v.sub(x3)).sub(s1.mul(j).dbl());
        Fp z3 = z.add(o.z).sqr().sub(z1z1).sub(z2z2).mul(h);
        return new G1(x3, y3, z3);
    }

    /** Mixed addition with a point whose Z is 1. */
    G1 addAffine(G1 o) {
        if (isInfinity()) {
            return o;
        }
        Fp z1z1 = z.sqr();
        Fp u2 = o.x.mul(z1z1);
        Fp s2 = o.y.mul(z).mul(z1z1);
        Fp h = u2.sub(x);
        Fp r = s2.sub(y).dbl();
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        Fp hh = h.sqr();
        Fp i = hh.dbl().dbl();
        Fp j = h.mul(i);
        Fp v = x.mul(i);
        Fp x3 = r.sqr().sub(j).sub(v.dbl());
        Fp y3 = r.mul(v.sub(x3)).sub(y.mul(j).dbl());
        Fp z3 = z.add(h).sqr().sub(z1z1).sub(hh);
        return new G1(x3, y3, z3);
    }

    public G1 sub(G1 o) {
        return add(o.neg());
    }

    /** Scalar multiplication (double-and-add; negative k negates; not constant time: verification only). */
    public G1 mul(BigInteger k) {
        if (k.signum() < 0) {
            return neg().mul(k.negate());
        }
        G1 base = toAffine();
        G1 r = INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = r.dbl();
            if (k.testBit(i)) {
                r = base.isInfinity() ? r : r.addAffine(base);
            }
        }
        return r;
    }

    public G1 toAffine() {
        if (isInfinity() || z.isOne()) {
            return isInfinity() ? INFINITY : this;
        }
        Fp zi = z.inv();
        Fp zi2 = zi.sqr();
        return new G1(x.mul(zi2), y.mul(zi2).mul(zi), Fp.ONE);
    }

    public Fp affineX() {
        return toAffine().x;
    }

    public Fp affineY() {
        return toAffine().y;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof G1)) {
            return false;
        }
        G1 o = (G1) other;
        if (isInfinity() || o.isInfinity()) {
            return isInfinity() && o.isInfinity();
        }
        Fp z1z1 = z.sqr();
        Fp z2z2 = o.z.sqr();
        return x.mul(z2z2).equals(o.x.mul(z1z1))
                && y.mul(z2z2).mul(o.z).equals(o.y.mul(z1z1).mul(z));
    }

    @Override
    public int hashCode() {
        return toAffine().x.hashCode();
    }

    @Override
    public String toString() {
        if (isInfinity()) {
            return "G1(infinity)";
        }
        G1 a = toAffine();
        return "G1(" + a.x + ", " + a.y + ")";
    }
}
