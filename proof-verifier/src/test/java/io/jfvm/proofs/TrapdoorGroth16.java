package io.jfvm.proofs;

import io.jfvm.proofs.bls12381.Curve;
import io.jfvm.proofs.bls12381.Encoding;
import io.jfvm.proofs.bls12381.G1;
import io.jfvm.proofs.bls12381.G2;
import io.jfvm.proofs.groth16.Proof;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;

/**
 * A test-only Groth16 key whose trapdoor (α, β, γ, δ and the IC discrete logs) is known, so that a
 * valid proof exists for any public inputs: with random a, b, c = (a·b − α·β − acc·γ) / δ makes
 * e(aG, bH) = e(αG, βH)·e(acc·G, γH)·e(cG, δH). It has no circuit, so it tests everything around
 * the SNARK (input generation, partitions, encodings, key lookup) but not the circuits themselves,
 * which the real v27 proofs cover.
 */
final class TrapdoorGroth16 {
    private final BigInteger alpha;
    private final BigInteger beta;
    private final BigInteger gamma;
    private final BigInteger delta;
    private final BigInteger[] ic;
    private final Random random;

    TrapdoorGroth16(int publicInputs, long seed) {
        random = new Random(seed);
        alpha = scalar();
        beta = scalar();
        gamma = scalar();
        delta = scalar();
        ic = new BigInteger[publicInputs + 1];
        for (int i = 0; i < ic.length; i++) {
            ic[i] = scalar();
        }
    }

    private BigInteger scalar() {
        return new BigInteger(256, random).mod(Curve.R.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    /** The key in bellperson's .vk layout. */
    byte[] vkBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Encoding.g1Uncompressed(G1.GENERATOR.mul(alpha)));
        out.writeBytes(Encoding.g1Uncompressed(G1.GENERATOR.mul(beta)));
        out.writeBytes(Encoding.g2Uncompressed(G2.GENERATOR.mul(beta)));
        out.writeBytes(Encoding.g2Uncompressed(G2.GENERATOR.mul(gamma)));
        out.writeBytes(Encoding.g1Uncompressed(G1.GENERATOR.mul(delta)));
        out.writeBytes(Encoding.g2Uncompressed(G2.GENERATOR.mul(delta)));
        out.writeBytes(ByteBuffer.allocate(4).putInt(ic.length).array());
        for (BigInteger k : ic) {
            out.writeBytes(Encoding.g1Uncompressed(G1.GENERATOR.mul(k)));
        }
        return out.toByteArray();
    }

    byte[] prove(List<BigInteger> inputs) {
        if (inputs.size() != ic.length - 1) {
            throw new IllegalArgumentException("expected " + (ic.length - 1) + " inputs, got " + inputs.size());
        }
        BigInteger acc = ic[0];
        for (int i = 0; i < inputs.size(); i++) {
            acc = acc.add(inputs.get(i).multiply(ic[i + 1]));
        }
        BigInteger a = scalar();
        BigInteger b = scalar();
        BigInteger c = a.multiply(b).subtract(alpha.multiply(beta)).subtract(acc.multiply(gamma))
                .multiply(delta.modInverse(Curve.R)).mod(Curve.R);
        return new Proof(G1.GENERATOR.mul(a), G2.GENERATOR.mul(b), G1.GENERATOR.mul(c)).toBytes();
    }

    byte[] proveAll(List<List<BigInteger>> partitions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (List<BigInteger> p : partitions) {
            out.writeBytes(prove(p));
        }
        return out.toByteArray();
    }
}
