package io.jfvm.proofs.bls12381;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limb arithmetic of F_p and F_p^2 against BigInteger, and the F_p^2 square root, on edge and random values. */
class FieldArithmeticTest {
    private static final BigInteger P = Fp.P;
    private final Random random = new Random(381);

    private List<BigInteger> values() {
        List<BigInteger> xs = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                P.subtract(BigInteger.ONE), P.subtract(BigInteger.TWO), P.shiftRight(1), P.shiftRight(1).add(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(56).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(336),
                BigInteger.ONE.shiftLeft(380)));
        for (int i = 0; i < 60; i++) {
            xs.add(new BigInteger(381, random).mod(P));
        }
        return xs;
    }

    @Test
    void fpOperationsMatchBigInteger() {
        List<BigInteger> xs = values();
        for (BigInteger a : xs) {
            Fp fa = Fp.of(a);
            assertEquals(a, fa.toBigInteger());
            assertEquals(a.negate().mod(P), fa.neg().toBigInteger());
            for (BigInteger b : xs) {
                Fp fb = Fp.of(b);
                assertEquals(a.add(b).mod(P), fa.add(fb).toBigInteger());
                assertEquals(a.subtract(b).mod(P), fa.sub(fb).toBigInteger());
                assertEquals(a.multiply(b).mod(P), fa.mul(fb).toBigInteger());
            }
            if (a.signum() != 0) {
                assertEquals(a.modInverse(P), fa.inv().toBigInteger());
            }
        }
    }

    @Test
    void fpPowerMatchesBigInteger() {
        for (BigInteger a : values()) {
            BigInteger e = new BigInteger(383, random);
            assertEquals(a.modPow(e, P), Fp.of(a).pow(e).toBigInteger());
        }
    }

    @Test
    void fp2ProductMatchesSchoolbook() {
        List<BigInteger> xs = values();
        for (int i = 0; i < xs.size(); i++) {
            BigInteger a0 = xs.get(i);
            BigInteger a1 = xs.get((i + 1) % xs.size());
            for (int j = 0; j < xs.size(); j += 3) {
                BigInteger b0 = xs.get(j);
                BigInteger b1 = xs.get((j + 7) % xs.size());
                Fp2 product = new Fp2(Fp.of(a0), Fp.of(a1)).mul(new Fp2(Fp.of(b0), Fp.of(b1)));
                assertEquals(a0.multiply(b0).subtract(a1.multiply(b1)).mod(P), product.c0.toBigInteger());
                assertEquals(a0.multiply(b1).add(a1.multiply(b0)).mod(P), product.c1.toBigInteger());
            }
        }
    }

    @Test
    void fp2SquareRootsOfSquaresAndNonSquares() {
        int nonSquares = 0;
        for (int i = 0; i < 60; i++) {
            Fp2 a = new Fp2(Fp.of(new BigInteger(381, random)), i % 3 == 0 ? Fp.ZERO : Fp.of(new BigInteger(381, random)));
            Fp2 sq = a.sqr();
            Fp2 root = sq.sqrt();
            assertNotNull(root);
            assertEquals(sq, root.sqr());
            if (!a.isSquare()) {
                assertNull(a.sqrt());
                nonSquares++;
            } else {
                assertEquals(a, a.sqrt().sqr());
            }
        }
        assertTrue(nonSquares > 10, "random elements include non-squares");
    }
}
