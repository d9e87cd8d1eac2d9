package io.jfvm.proofs.groth16;

import io.jfvm.proofs.bls12381.Encoding;
import io.jfvm.proofs.bls12381.G1;
import io.jfvm.proofs.bls12381.G2;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Groth16 verifying key in bellperson's {@code .vk} layout: uncompressed alpha_g1, beta_g1,
 * beta_g2, gamma_g2, delta_g1, delta_g2, then a big-endian u32 count and that many uncompressed
 * IC points (one more than the number of public inputs). Size = 868 + 96·ic.
 */
public final class VerifyingKey {
    public final G1 alphaG1;
    public final G2 betaG2;
    public final G2 gammaG2;
    public final G2 deltaG2;
    /** IC[0] (the constant term) followed by one point per public input; all affine. */
    public final List<G1> ic;

    private VerifyingKey(G1 alphaG1, G2 betaG2, G2 gammaG2, G2 deltaG2, List<G1> ic) {
        this.alphaG1 = alphaG1;
        this.betaG2 = betaG2;
        this.gammaG2 = gammaG2;
        this.deltaG2 = deltaG2;
        this.ic = Collections.unmodifiableList(ic);
    }

    public int publicInputCount() {
        return ic.size() - 1;
    }

    /**
     * Parses a key. Every point is checked to be on its curve; with {@code checkSubgroups} the
     * points are also checked to be in G1/G2 (as bellperson does). A key whose file digest has
     * been matched against the trusted manifest can skip that (it costs ~1 ms per IC point).
     */
    public static VerifyingKey read(byte[] b, boolean checkSubgroups) {
        if (b.length < 868) {
            throw new IllegalArgumentException("verifying key too short: " + b.length + " bytes");
        }
        int off = 0;
        G1 alpha = Encoding.g1FromUncompressed(b, off);
        off += 96;
        G1 betaG1 = Encoding.g1FromUncompressed(b, off);
        off += 96;
        G2 beta = Encoding.g2FromUncompressed(b, off);
        off += 192;
        G2 gamma = Encoding.g2FromUncompressed(b, off);
        off += 192;
        G1 deltaG1 = Encoding.g1FromUncompressed(b, off);
        off += 96;
        G2 delta = Encoding.g2FromUncompressed(b, off);
        off += 192;
        long n = ByteBuffer.wrap(b, off, 4).getInt() & 0xffffffffL;
        off += 4;
        if (b.length != 868 + 96 * n) {
            throw new IllegalArgumentException("verifying key: " + n + " IC points need " + (868 + 96 * n)
                    + " bytes, file has " + b.length);
        }
        if (n < 1) {
            throw new IllegalArgumentException("verifying key has no IC points");
        }
        List<G1> ic = new ArrayList<>((int) n);
        for (int i = 0; i < n; i++, off += 96) {
            G1 p = Encoding.g1FromUncompressed(b, off);
            if (p.isInfinity()) {
                throw new IllegalArgumentException("verifying key: IC point " + i + " is at infinity");
            }
            ic.add(p);
        }
        if (checkSubgroups) {
            requireG1(alpha, "alpha_g1");
            requireG1(betaG1, "beta_g1");
            requireG1(deltaG1, "delta_g1");
            requireG2(beta, "beta_g2");
            requireG2(gamma, "gamma_g2");
            requireG2(delta, "delta_g2");
            for (int i = 0; i < ic.size(); i++) {
                requireG1(ic.get(i), "IC point " + i);
            }
        }
        return new VerifyingKey(alpha, beta, gamma, delta, ic);
    }

    private static void requireG1(G1 p, String what) {
        if (!p.isInSubgroup()) {
            throw new IllegalArgumentException("verifying key: " + what + " is not in G1");
        }
    }

    private static void requireG2(G2 p, String what) {
        if (!p.isInSubgroup()) {
            throw new IllegalArgumentException("verifying key: " + what + " is not in G2");
        }
    }
}
