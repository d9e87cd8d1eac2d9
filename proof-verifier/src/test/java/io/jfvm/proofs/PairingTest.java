package io.jfvm.proofs;

import io.jfvm.proofs.bls12381.Curve;
import io.jfvm.proofs.bls12381.Encoding;
import io.jfvm.proofs.bls12381.Fp12;
import io.jfvm.proofs.bls12381.G1;
import io.jfvm.proofs.bls12381.G2;
import io.jfvm.proofs.bls12381.Pairing;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Algebraic properties of the curve groups and the pairing, and the point encodings. */
class PairingTest {
    @Test
    void generatorsHaveOrderR() {
        assertTrue(G1.GENERATOR.isOnCurve() && G1.GENERATOR.isInSubgroup());
        assertTrue(G2.GENERATOR.isOnCurve() && G2.GENERATOR.isInSubgroup());
        assertTrue(G1.GENERATOR.mul(Curve.R).isInfinity());
        assertTrue(G2.GENERATOR.mul(Curve.R).isInfinity());
    }

    @Test
    void pairingIsBilinearAndNonDegenerate() {
        Fp12 e = Pairing.pairing(G1.GENERATOR, G2.GENERATOR);
        assertFalse(e.isOne());
        assertTrue(e.pow(Curve.R).isOne());
        BigInteger a = new BigInteger("1234567890123456789");
        BigInteger b = new BigInteger("987654321987");
        Fp12 lhs = Pairing.pairing(G1.GENERATOR.mul(a), G2.GENERATOR.mul(b));
        assertEquals(e.pow(a.multiply(b)), lhs);
        assertEquals(Pairing.pairing(G1.GENERATOR.mul(a.multiply(b)), G2.GENERATOR), lhs);
    }

    @Test
    void fastFinalExponentiationIsTheCubeOfTheDefinition() {
        java.util.List<Pairing.PairInput> in = java.util.List.of(new Pairing.PairInput(
                G1.GENERATOR.mul(BigInteger.valueOf(77)), G2.GENERATOR.mul(BigInteger.valueOf(1001))));
        Fp12 ml = Pairing.millerLoop(in);
        Fp12 ref = Pairing.finalExponentiationReference(ml);
        assertEquals(ref.sqr().mul(ref), Pairing.finalExponentiation(ml));
    }

    @Test
    void pointsOffTheSubgroupAreDetected() {
        // x = 0 is not on E1 (4 is not a cube-root target... find a curve point outside G1 by search)
        G1 outside = null;
        for (long x = 1; outside == null; x++) {
            io.jfvm.proofs.bls12381.Fp fx = io.jfvm.proofs.bls12381.Fp.of(x);
            io.jfvm.proofs.bls12381.Fp y = fx.sqr().mul(fx).add(G1.B).sqrt();
            if (y != null) {
                outside = G1.affine(fx, y);
            }
        }
        assertTrue(outside.isOnCurve());
        assertFalse(outside.isInSubgroup(), "a random curve point has a cofactor component");
        byte[] enc = Encoding.g1Compressed(outside);
        assertThrows(IllegalArgumentException.class, () -> io.jfvm.proofs.sig.BlsSignatures.decodePublicKey(enc));
    }

    @Test
    void twistPointsOffTheSubgroupAreDetected() {
        G2 outside = null;
        for (long x = 1; outside == null; x++) {
            io.jfvm.proofs.bls12381.Fp2 fx = io.jfvm.proofs.bls12381.Fp2.of(x, 1);
            io.jfvm.proofs.bls12381.Fp2 y = fx.sqr().mul(fx).add(G2.B).sqrt();
            if (y != null) {
                outside = G2.affine(fx, y);
            }
        }
        assertTrue(outside.isOnCurve());
        assertFalse(outside.isInSubgroup());
        assertTrue(outside.clearCofactor().isInSubgroup(), "cofactor clearing lands in G2");
        byte[] enc = Encoding.g2Compressed(outside);
        assertThrows(IllegalArgumentException.class, () -> io.jfvm.proofs.sig.BlsSignatures.decodeSignature(enc));
    }

    @Test
    void compressionRoundTrips() {
        for (int k = 1; k < 6; k++) {
            G1 p = G1.GENERATOR.mul(BigInteger.valueOf(k * 1_000_003L));
            G2 q = G2.GENERATOR.mul(BigInteger.valueOf(k * 7_000_001L));
            assertEquals(p, Encoding.g1FromCompressed(Encoding.g1Compressed(p)));
            assertEquals(q, Encoding.g2FromCompressed(Encoding.g2Compressed(q)));
            assertEquals(p.neg(), Encoding.g1FromCompressed(Encoding.g1Compressed(p.neg())));
        }
        assertTrue(Encoding.g1FromCompressed(Encoding.g1Compressed(G1.INFINITY)).isInfinity());
        assertTrue(Encoding.g2FromCompressed(Encoding.g2Compressed(G2.INFINITY)).isInfinity());
    }
}
