package io.jfvm.proofs.sig;

import io.jfvm.proofs.bls12381.Curve;
import io.jfvm.proofs.bls12381.Encoding;
import io.jfvm.proofs.bls12381.G1;
import io.jfvm.proofs.bls12381.G2;
import io.jfvm.proofs.bls12381.HashToG2;
import io.jfvm.proofs.bls12381.Pairing;
import io.jfvm.proofs.bls12381.Pairing.PairInput;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Filecoin BLS signatures: the "minimal-pubkey-size" variant (public keys are 48-byte compressed G1
 * points, signatures 96-byte compressed G2 points), basic scheme, with Filecoin's domain separation
 * tag. This is the pure-Java implementation; see {@link BlsBackends} for how a backend is chosen.
 */
public final class BlsSignatures implements BlsBackend {
    /** The DST used by Filecoin (the "NUL" = basic scheme of the IETF BLS draft). */
    public static final String FILECOIN_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_";

    private final byte[] dst;

    public BlsSignatures() {
        this(FILECOIN_DST);
    }

    /** Another DST, e.g. the Ethereum proof-of-possession one, for known-answer tests. */
    public BlsSignatures(String dst) {
        this.dst = dst.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public String name() {
        return "pure-java";
    }

    /** Public key bytes for a 32-byte big-endian secret key (tests and tools; not constant time). */
    public byte[] publicKey(byte[] secretKey) {
        return Encoding.g1Compressed(G1.GENERATOR.mul(scalar(secretKey)));
    }

    /** Signs (tests and tools only: not constant time). */
    public byte[] sign(byte[] secretKey, byte[] message) {
        return Encoding.g2Compressed(HashToG2.hash(message, dst).mul(scalar(secretKey)));
    }

    /** Adds compressed signatures; throws IllegalArgumentException on a malformed one. */
    public byte[] aggregate(List<byte[]> signatures) {
        G2 acc = G2.INFINITY;
        for (byte[] s : signatures) {
            acc = acc.add(decodeSignature(s));
        }
        return Encoding.g2Compressed(acc);
    }

    @Override
    public boolean verify(byte[] signature, byte[] publicKey, byte[] message) {
        return verifyAggregate(signature, List.of(publicKey), List.of(message));
    }

    /**
     * Verifies an aggregate of signatures by distinct messages: e(g1, σ) = Π e(pk_i, H(m_i)).
     * Invalid (false, never an exception) for malformed points, keys at infinity, a signature at
     * infinity, differing list sizes or repeated messages (which would allow rogue-key attacks in
     * the basic scheme). No signers at all is valid only for the signature at infinity.
     */
    @Override
    public boolean verifyAggregate(byte[] signature, List<byte[]> publicKeys, List<byte[]> messages) {
        if (publicKeys.size() != messages.size()) {
            return false;
        }
        G2 sig;
        try {
            sig = decodeSignature(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (publicKeys.isEmpty()) {
            return sig.isInfinity();
        }
        Set<ByteBuffer> seen = new HashSet<>();
        for (byte[] m : messages) {
            if (!seen.add(ByteBuffer.wrap(m))) {
                return false;
            }
        }
        List<PairInput> pairs = new ArrayList<>(publicKeys.size() + 1);
        pairs.add(new PairInput(G1.GENERATOR.neg(), sig));
        for (int i = 0; i < publicKeys.size(); i++) {
            G1 pk;
            try {
                pk = decodePublicKey(publicKeys.get(i));
            } catch (IllegalArgumentException e) {
                return false;
            }
            pairs.add(new PairInput(pk, HashToG2.hash(messages.get(i), dst)));
        }
        return Pairing.productIsOne(pairs);
    }

    /** Decodes a public key: 48 bytes, on the curve, in G1 and not the identity. */
    public static G1 decodePublicKey(byte[] pk) {
        if (pk == null || pk.length != 48) {
            throw new IllegalArgumentException("BLS public key must be 48 bytes");
        }
        G1 p = Encoding.g1FromCompressed(pk);
        if (p.isInfinity()) {
            throw new IllegalArgumentException("BLS public key is the identity");
        }
        if (!p.isInSubgroup()) {
            throw new IllegalArgumentException("BLS public key is not in G1");
        }
        return p;
    }

    /** Decodes a signature: 96 bytes, on the curve, in G2. */
    public static G2 decodeSignature(byte[] sig) {
        if (sig == null || sig.length != 96) {
            throw new IllegalArgumentException("BLS signature must be 96 bytes");
        }
        G2 p = Encoding.g2FromCompressed(sig);
        if (!p.isInSubgroup()) {
            throw new IllegalArgumentException("BLS signature is not in G2");
        }
        return p;
    }

    private static BigInteger scalar(byte[] sk) {
        BigInteger k = new BigInteger(1, sk);
        if (k.signum() == 0 || k.compareTo(Curve.R) >= 0) {
            throw new IllegalArgumentException("secret key must be in [1, r)");
        }
        return k;
    }
}
