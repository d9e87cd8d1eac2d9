package io.jfvm.proofs.bls12381;

import java.math.BigInteger;

/**
 * A point of the sextic twist E'(F_p^2): y^2 = x^3 + 4(1 + u), in Jacobian coordinates; Z = 0 is
 * the point at infinity. Immutable. Same formulas as {@link G1}.
 */
public final class G2 {
    public static final Fp2 B = Fp2.of(4, 4);
    public static final G2 INFINITY = new G2(Fp2.ONE, Fp2.ONE, Fp2.ZERO);
    public static final G2 GENERATOR = new G2(
            Fp2.hex("024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8",
                    "13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e"),
            Fp2.hex("0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801",
                    "0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be"),
            Fp2.ONE);

    /**
     * ψ = untwist ∘ Frobenius ∘ twist. With the untwisting map (x, y) ↦ (x/w^2, y/w^3) and w^6 = ξ,
     * ψ(x, y) = (conj(x)·ξ^-((p-1)/3), conj(y)·ξ^-((p-1)/2)). The constants follow from p.
     */
    private static final Fp2 PSI_X;
    private static final Fp2 PSI_Y;

    static {
        BigInteger pm1 = Fp.P.subtract(BigInteger.ONE);
        PSI_X = Fp2.XI.pow(pm1.divide(BigInteger.valueOf(3))).inv();
        PSI_Y = Fp2.XI.pow(pm1.shiftRight(1)).inv();
    }

    final Fp2 x;
    final Fp2 y;
    final Fp2 z;

    G2(Fp2 x, Fp2 y, Fp2 z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** An affine point; does not check the curve equation (see {@link #isOnCurve()}). */
    public static G2 affine(Fp2 x, Fp2 y) {
        return new G2(x, y, Fp2.ONE);
    }

    public boolean isInfinity() {
        return z.isZero();
    }

    public boolean isOnCurve() {
        if (isInfinity()) {
            return true;
        }
        // Y^2 = X^3 + b Z^6
        Fp2 z2 = z.sqr();
        Fp2 z6 = z2.sqr().mul(z2);
        return y.sqr().equals(x.sqr().mul(x).add(B.mul(z6)));
    }

    /** Subgroup membership: P ∈ G2 ⇔ ψ(P) = [z]P (Scott 2021); one 64-bit scalar multiplication. */
    public boolean isInSubgroup() {
        if (isInfinity()) {
            return true;
        }
        return psi().equals(mul(Curve.Z));
    }

    public G2 psi() {
        if (isInfinity()) {
            return this;
        }
        return new G2(x.conj().mul(PSI_X), y.conj().mul(PSI_Y), z.conj());
    }

    /**
     * Clears the cofactor as RFC 9380 requires (multiplication by h_eff), computed with the
     * Budroni–Pintore decomposition [z^2 - z - 1]P + [z - 1]ψ(P) + ψ^2(2P).
     */
    public G2 clearCofactor() {
        G2 t1 = mul(Curve.Z);
        G2 t2 = psi();
        G2 t3 = dbl().psi().psi();
        t3 = t3.sub(t2);
        t2 = t1.add(t2).mul(Curve.Z);
        t3 = t3.add(t2).sub(t1);
        return t3.sub(this);
    }

    public G2 neg() {
        return new G2(x, y.neg(), z);
    }

    public G2 dbl() {
        if (isInfinity() || y.isZero()) {
            return INFINITY;
        }
        Fp2 a = x.sqr();
        Fp2 b = y.sqr();
        Fp2 c = b.sqr();
        Fp2 d = x.add(b).sqr().sub(a).sub(c).dbl();
        Fp2 e = a.dbl().add(a);
        Fp2 f = e.sqr();
        Fp2 x3 = f.sub(d.dbl());
        Fp2 y3 = e.mul(d.sub(x3)).sub(c.dbl().dbl().dbl());
        Fp2 z3 = y.mul(z).dbl();
        return new G2(x3, y3, z3);
    }

    public G2 add(G2 o) {
        if (isInfinity()) {
            return o;
        }
        if (o.isInfinity()) {
            return this;
        }
        if (o.z.isOne()) {
            return addAffine(o);
        }
        Fp2 z1z1 = z.sqr();
        Fp2 z2z2 = o.z.sqr();
        Fp2 u1 = x.mul(z2z2);
        Fp2 u2 = o.x.mul(z1z1);
        Fp2 s1 = y.mul(o.z).mul(z2z2);
        Fp2 s2 = o.y.mul(z).mul(z1z1);
        Fp2 h = u2.sub(u1);
        Fp2 r = s2.sub(s1).dbl();
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        Fp2 i = h.dbl().sqr();
        Fp2 j = h.mul(i);
        Fp2 v = u1.mul(i);
        Fp2 x3 = r.sqr().sub(j).sub(v.dbl());
        Fp2 y3 = r.mul(v.sub(x3)).sub(s1.mul(j).dbl());
        Fp2 z3 = z.add(o.z).sqr().sub(z1z1).sub(z2z2).mul(h);
        return new G2(x3, y3, z3);
    }

    /** Mixed addition with a point whose Z is 1. */
    G2 addAffine(G2 o) {
        if (isInfinity()) {
            return o;
        }
        Fp2 z1z1 = z.sqr();
        Fp2 u2 = o.x.mul(z1z1);
        Fp2 s2 = o.y.mul(z).mul(z1z1);
        Fp2 h = u2.sub(x);
        Fp2 r = s2.sub(y).dbl();
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        Fp2 hh = h.sqr();
        Fp2 i = hh.dbl().dbl();
        Fp2 j = h.mul(i);
        Fp2 v = x.mul(i);
        Fp2 x3 = r.sqr().sub(j).sub(v.dbl());
        Fp2 y3 = r.mul(v.sub(x3)).sub(y.mul(j).dbl());
        Fp2 z3 = z.add(h).sqr().sub(z1z1).sub(hh);
        return new G2(x3, y3, z3);
    }

    public G2 sub(G2 o) {
        return add(o.neg());
    }

    /** Scalar multiplication (double-and-add; negative k negates; not constant time: verification only). */
    public G2 mul(BigInteger k) {
        if (k.signum() < 0) {
            return neg().mul(k.negate());
        }
        G2 base = toAffine();
        G2 r = INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = r.dbl();
            if (k.testBit(i)) {
                r = base.isInfinity() ? r : r.addAffine(base);
            }
        }
        return r;
    }

    public G2 toAffine() {
        if (isInfinity() || z.isOne()) {
            return isInfinity() ? INFINITY : this;
        }
        Fp2 zi = z.inv();
        Fp2 zi2 = zi.sqr();
        return new G2(x.mul(zi2), y.mul(zi2).mul(zi), Fp2.ONE);
    }

    public Fp2 affineX() {
        return toAffine().x;
    }

    public Fp2 affineY() {
        return toAffine().y;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof G2)) {
            return false;
        }
        G2 o = (G2) other;
        if (isInfinity() || o.isInfinity()) {
            return isInfinity() && o.isInfinity();
        }
        Fp2 z1z1 = z.sqr();
        Fp2 z2z2 = o.z.sqr();
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
            return "G2(infinity)";
        }
        G2 a = toAffine();
        return "G2(" + a.x + ", " + a.y + ")";
    }
}
