package io.jfvm.evm;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256 as Ethereum uses it: the original Keccak padding, not NIST SHA3-256 (which differs in its padding
 * byte and so in every output).
 */
public final class Keccak {
    public static final int HASH_BYTES = 32;

    private Keccak() {}

    /** Keccak-256 of the concatenation of {@code parts}. */
    public static byte[] hash(byte[]... parts) {
        KeccakDigest d = new KeccakDigest(256);
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[HASH_BYTES];
        d.doFinal(out, 0);
        return out;
    }
}
