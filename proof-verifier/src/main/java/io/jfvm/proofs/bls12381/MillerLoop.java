package io.jfvm.proofs.bls12381;

import io.jfvm.proofs.bls12381.Pairing.PairInput;

import java.util.ArrayList;
import java.util.List;

/**
 * The Miller loop of the optimal ate pairing, for a product of pairings sharing one accumulator.
 *
 * <p>The G2 point T runs over |z| in homogeneous projective coordinates on the twist (x = X/Z,
 * y = Y/Z), so no step needs an inversion (Costello, Lange and Naehrig, "Faster Pairing
 * Computations on Curves with High-Degree Twists", PKC 2010; the a = 0 formulas as given by Aranha
 * et al., "Faster Explicit Formulas for Computing Pairings over Ordinary Curves", EUROCRYPT 2011,
 * §4). Through the untwisting map (x, y) ↦ (x·w^-2, y·w^-3) the line through T with slope λ,
 * evaluated at P and scaled by w^3, is (λ·x_T - y_T) - λ·x_P·w^2 + y_P·w^3; every line is further
 * scaled by a factor in F_p^2 to clear denominators. Such factors (and the w^3) lie in proper
 * subfields of F_p^12, which the final exponentiation maps to 1, so the pairing is unchanged. The
 * lines have only the coefficients 1, w^2 and w^3 and are multiplied in with {@link Fp12#mulBy014}.
 * z is negative, so the result is conjugated (f^-1 and conj(f) agree after the final exponentiation).
 */
final class MillerLoop {
    private MillerLoop() {
    }

    static Fp12 run(List<PairInput> pairs) {
        List<RunningPoint> points = new ArrayList<>(pairs.size());
        for (PairInput in : pairs) {
            if (!in.p.isInfinity() && !in.q.isInfinity()) {
                points.add(new RunningPoint(in.p.toAffine(), in.q.toAffine()));
            }
        }
        Fp12 f = Fp12.ONE;
        // over the bits of |z| below the leading one
        for (int bit = 62 - Long.numberOfLeadingZeros(Curve.Z_ABS_BITS); bit >= 0; bit--) {
            f = f.sqr();
            for (RunningPoint t : points) {
                f = t.doubling(f);
            }
            if ((Curve.Z_ABS_BITS >>> bit & 1) != 0) {
                for (RunningPoint t : points) {
                    f = t.addition(f);
                }
            }
        }
        return f.conj();
    }

    /** 3b'·x for the twist y^2 = x^3 + b', b' = 4ξ: 12·ξ·x, with additions instead of a product. */
    private static Fp2 timesThreeB(Fp2 x) {
        Fp2 x4 = x.mulByXi().dbl().dbl();
        return x4.dbl().add(x4);
    }

    /** The running point T = (X : Y : Z) of one pair, with its fixed Q and the coordinates of P. */
    private static final class RunningPoint {
        private final Fp2 qx;
        private final Fp2 qy;
        private final Fp negPx;
        private final Fp py;
        private Fp2 x;
        private Fp2 y;
        private Fp2 z;

        RunningPoint(G1 p, G2 q) {
            qx = q.x;
            qy = q.y;
            negPx = p.x.neg();
            py = p.y;
            x = q.x;
            y = q.y;
            z = Fp2.ONE;
        }

        /**
         * T ← 2T and f·ℓ_{T,T}(P). The tangent scaled by 2YZ·Z is (Y^2 - 3b'Z^2) - 3X^2·x_P·w^2
         * + 2YZ·y_P·w^3 (using Y^2·Z = X^3 + b'Z^3); the point is Aranha et al. eq. (10) with all
         * three coordinates multiplied by 4 to avoid halving: X' = 2XY(Y^2 - 9b'Z^2),
         * Y' = (Y^2 + 9b'Z^2)^2 - 108b'^2·Z^4, Z' = 8Y^3·Z.
         */
        Fp12 doubling(Fp12 f) {
            Fp2 xx = x.sqr();
            Fp2 yy = y.sqr();
            Fp2 zz = z.sqr();
            Fp2 yz2 = y.add(z).sqr().sub(yy).sub(zz);
            Fp2 e = timesThreeB(zz);
            Fp2 e3 = e.dbl().add(e);
            Fp12 r = f.mulBy014(yy.sub(e), xx.dbl().add(xx).mul(negPx), yz2.mul(py));
            Fp2 nx = x.mul(y).dbl().mul(yy.sub(e3));
            Fp2 e2 = e.sqr();
            Fp2 ny = yy.add(e3).sqr().sub(e2.dbl().add(e2).dbl().dbl());
            z = yy.mul(yz2).dbl().dbl();
            x = nx;
            y = ny;
            return r;
        }

        /**
         * T ← T + Q and f·ℓ_{T,Q}(P). With θ = Y - y_Q·Z and λ = X - x_Q·Z the chord, taken through
         * Q and scaled by λ, is (θ·x_Q - λ·y_Q) - θ·x_P·w^2 + λ·y_P·w^3; the point is the mixed
         * homogeneous addition X' = λH, Y' = θ(Xλ^2 - H) - Yλ^3, Z' = Zλ^3 with
         * H = λ^3 + Zθ^2 - 2Xλ^2.
         */
        Fp12 addition(Fp12 f) {
            Fp2 theta = y.sub(qy.mul(z));
            Fp2 lambda = x.sub(qx.mul(z));
            Fp12 r = f.mulBy014(theta.mul(qx).sub(lambda.mul(qy)), theta.mul(negPx), lambda.mul(py));
            Fp2 ll = lambda.sqr();
            Fp2 lll = lambda.mul(ll);
            Fp2 g = x.mul(ll);
            Fp2 h = lll.add(z.mul(theta.sqr())).sub(g.dbl());
            x = lambda.mul(h);
            y = theta.mul(g.sub(h)).sub(y.mul(lll));
            z = z.mul(lll);
            return r;
        }
    }
}
