package io.jfvm.proofs.bls12381;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast pairing algorithms against their plain definitions, on random inputs (fixed seed so a
 * failure reproduces): sparse line multiplication, cyclotomic squaring, the projective Miller loop,
 * the final exponentiation, and bilinearity of the whole pairing.
 */
class PairingAlgorithmsTest {
    private final Random random = new Random(20261121);

    private Fp randomFp() {
        return Fp.of(new BigInteger(400, random));
    }

    private Fp2 randomFp2() {
        return new Fp2(randomFp(), randomFp());
    }

    private Fp6 randomFp6() {
        return new Fp6(randomFp2(), randomFp2(), randomFp2());
    }

    private Fp12 randomFp12() {
        return new Fp12(randomFp6(), randomFp6());
    }

    private BigInteger randomScalar() {
        return new BigInteger(255, random).mod(Curve.R);
    }

    /** The easy part of the final exponentiation, which lands in the cyclotomic subgroup. */
    private static Fp12 cyclotomic(Fp12 f) {
        Fp12 t = f.conj().mul(f.inv());
        return t.frobenius(2).mul(t);
    }

    @Test
    void sparseLineProductEqualsDenseProduct() {
        for (int i = 0; i < 20; i++) {
            Fp12 f = randomFp12();
            Fp2 a = randomFp2();
            Fp2 b = randomFp2();
            Fp2 c = randomFp2();
            Fp12 line = new Fp12(new Fp6(a, b, Fp2.ZERO), new Fp6(Fp2.ZERO, c, Fp2.ZERO));
            assertEquals(f.mul(line), f.mulBy014(a, b, c));
        }
    }

    @Test
    void cyclotomicSquareEqualsSquareInTheCyclotomicSubgroup() {
        for (int i = 0; i < 20; i++) {
            Fp12 f = cyclotomic(randomFp12());
            assertEquals(f.sqr(), f.cyclotomicSquare());
        }
    }

    @Test
    void finalExponentiationIsTheCubeOfTheDefinitionOnRandomInputs() {
        for (int i = 0; i < 3; i++) {
            Fp12 f = randomFp12();
            Fp12 ref = Pairing.finalExponentiationReference(f);
            assertEquals(ref.sqr().mul(ref), Pairing.finalExponentiation(f));
        }
    }

    @Test
    void projectiveMillerLoopEqualsAffineAfterFinalExponentiation() {
        for (int i = 0; i < 5; i++) {
            G1 p = G1.GENERATOR.mul(randomScalar());
            G2 q = G2.GENERATOR.mul(randomScalar());
            Fp12 projective = Pairing.millerLoop(List.of(new Pairing.PairInput(p, q)));
            assertEquals(Pairing.finalExponentiation(AffineMillerLoop.run(p, q)), Pairing.finalExponentiation(projective));
        }
    }

    @Test
    void pairingIsBilinearOnRandomScalars() {
        Fp12 e = Pairing.pairing(G1.GENERATOR, G2.GENERATOR);
        for (int i = 0; i < 3; i++) {
            BigInteger a = randomScalar();
            BigInteger b = randomScalar();
            Fp12 lhs = Pairing.pairing(G1.GENERATOR.mul(a), G2.GENERATOR.mul(b));
            assertEquals(e.pow(a.multiply(b).mod(Curve.R)), lhs);
        }
    }

    @Test
    void productOfPairingsWithInverseIsOne() {
        G1 p = G1.GENERATOR.mul(randomScalar());
        G2 q = G2.GENERATOR.mul(randomScalar());
        BigInteger k = randomScalar();
        assertTrue(Pairing.productIsOne(List.of(
                new Pairing.PairInput(p.mul(k), q),
                new Pairing.PairInput(p.neg(), q.mul(k)),
                new Pairing.PairInput(G1.INFINITY, q))));
    }
}
