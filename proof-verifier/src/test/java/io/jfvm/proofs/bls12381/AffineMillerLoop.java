package io.jfvm.proofs.bls12381;

import java.math.BigInteger;

/**
 * The straightforward Miller loop that {@link MillerLoop} replaced, kept as a test oracle: the
 * point T runs over |z| in affine coordinates with one inversion per step, and every line is
 * multiplied in as a dense F_p^12 element. With the untwisting map (x, y) ↦ (x·w^-2, y·w^-3) the
 * line y_P - Y_T - λ(x_P - X_T), scaled by w^3, is (λ·x_T - y_T) - λ·x_P·w^2 + y_P·w^3.
 */
final class AffineMillerLoop {
    private AffineMillerLoop() {
    }

    static Fp12 run(G1 p, G2 q) {
        G1 pa = p.toAffine();
        G2 qa = q.toAffine();
        Fp2 tx = qa.x;
        Fp2 ty = qa.y;
        Fp12 f = Fp12.ONE;
        BigInteger loop = Curve.Z_ABS;
        for (int bit = loop.bitLength() - 2; bit >= 0; bit--) {
            Fp2 x2 = tx.sqr();
            Fp2 lambda = x2.dbl().add(x2).mul(ty.dbl().inv());
            f = f.sqr().mul(line(lambda, tx, ty, pa));
            Fp2 nx = lambda.sqr().sub(tx.dbl());
            ty = lambda.mul(tx.sub(nx)).sub(ty);
            tx = nx;
            if (loop.testBit(bit)) {
                lambda = qa.y.sub(ty).mul(qa.x.sub(tx).inv());
                f = f.mul(line(lambda, tx, ty, pa));
                nx = lambda.sqr().sub(tx).sub(qa.x);
                ty = lambda.mul(tx.sub(nx)).sub(ty);
                tx = nx;
            }
        }
        return f.conj();
    }

    private static Fp12 line(Fp2 lambda, Fp2 tx, Fp2 ty, G1 p) {
        Fp2 a = lambda.mul(tx).sub(ty);
        Fp2 b = lambda.mul(p.x).neg();
        Fp2 c = new Fp2(p.y, Fp.ZERO);
        return new Fp12(new Fp6(a, b, Fp2.ZERO), new Fp6(Fp2.ZERO, c, Fp2.ZERO));
    }
}
