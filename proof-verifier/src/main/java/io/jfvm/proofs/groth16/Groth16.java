package io.jfvm.proofs.groth16;

import io.jfvm.proofs.bls12381.Curve;
import io.jfvm.proofs.bls12381.G1;
import io.jfvm.proofs.bls12381.Pairing;
import io.jfvm.proofs.bls12381.Pairing.PairInput;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Groth16 verification over BLS12-381, as bellperson's verifier:
 * e(A, B) = e(α, β) · e(IC_0 + Σ x_i·IC_i, γ) · e(C, δ).
 *
 * <p>A batch of proofs under one key is checked with a random linear combination (random 128-bit
 * z_j; Zcash protocol spec, appendix B.2): Π e(z_j·A_j, B_j) = e(α, β)^Σz_j · e(Σ z_j·acc_j, γ) ·
 * e(Σ z_j·C_j, δ). A batch containing an invalid proof passes with probability about 2^-128; it
 * costs one Miller loop per proof plus three, one final exponentiation, and one MSM for all inputs.
 */
public final class Groth16 {
    private Groth16() {
    }

    private static final Random RANDOM = new SecureRandom();

    public static boolean verify(VerifyingKey vk, Proof proof, List<BigInteger> inputs) {
        G1 acc = linearCombination(vk, inputs);
        List<PairInput> pairs = List.of(
                new PairInput(proof.a, proof.b),
                new PairInput(vk.alphaG1.neg(), vk.betaG2),
                new PairInput(acc.neg(), vk.gammaG2),
                new PairInput(proof.c.neg(), vk.deltaG2));
        return Pairing.productIsOne(pairs);
    }

    public static boolean verifyBatch(VerifyingKey vk, List<Proof> proofs, List<List<BigInteger>> inputs) {
        if (proofs.size() != inputs.size()) {
            throw new IllegalArgumentException(proofs.size() + " proofs but " + inputs.size() + " input vectors");
        }
        if (proofs.isEmpty()) {
            throw new IllegalArgumentException("empty proof batch");
        }
        if (proofs.size() == 1) {
            return verify(vk, proofs.get(0), inputs.get(0));
        }
        int m = vk.publicInputCount();
        BigInteger[] combined = new BigInteger[m + 1];
        java.util.Arrays.fill(combined, BigInteger.ZERO);
        BigInteger zSum = BigInteger.ZERO;
        G1 cSum = G1.INFINITY;
        List<PairInput> pairs = new ArrayList<>(proofs.size() + 3);
        for (int j = 0; j < proofs.size(); j++) {
            List<BigInteger> x = checkedInputs(vk, inputs.get(j));
            BigInteger z = new BigInteger(128, RANDOM).setBit(0);
            zSum = zSum.add(z);
            combined[0] = combined[0].add(z);
            for (int i = 0; i < m; i++) {
                combined[i + 1] = combined[i + 1].add(z.multiply(x.get(i)));
            }
            Proof p = proofs.get(j);
            pairs.add(new PairInput(p.a.mul(z), p.b));
            cSum = cSum.add(p.c.mul(z));
        }
        for (int i = 0; i <= m; i++) {
            combined[i] = combined[i].mod(Curve.R);
        }
        G1 acc = Msm.msm(vk.ic, combined);
        pairs.add(new PairInput(vk.alphaG1.mul(zSum.mod(Curve.R)).neg(), vk.betaG2));
        pairs.add(new PairInput(acc.neg(), vk.gammaG2));
        pairs.add(new PairInput(cSum.neg(), vk.deltaG2));
        return Pairing.productIsOne(pairs);
    }

    /** IC_0 + Σ x_i·IC_i. */
    static G1 linearCombination(VerifyingKey vk, List<BigInteger> inputs) {
        List<BigInteger> x = checkedInputs(vk, inputs);
        BigInteger[] scalars = new BigInteger[x.size() + 1];
        scalars[0] = BigInteger.ONE;
        for (int i = 0; i < x.size(); i++) {
            scalars[i + 1] = x.get(i);
        }
        return Msm.msm(vk.ic, scalars);
    }

    private static List<BigInteger> checkedInputs(VerifyingKey vk, List<BigInteger> inputs) {
        if (inputs.size() != vk.publicInputCount()) {
            throw new IllegalArgumentException("verifying key expects " + vk.publicInputCount()
                    + " public inputs, got " + inputs.size());
        }
        for (BigInteger x : inputs) {
            if (x.signum() < 0 || x.compareTo(Curve.R) >= 0) {
                throw new IllegalArgumentException("public input is not a canonical Fr element");
            }
        }
        return inputs;
    }
}
