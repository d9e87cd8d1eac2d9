package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.price.HashFunction;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/** The hash functions of {@code crypto.hash} (ref-fvm {@code SupportedHashes}), by multihash code. */
public final class Hashing {
    private Hashing() {}

    /** The function of a multihash code, or null when the FVM does not support it. */
    public static HashFunction byCode(long code) {
        for (HashFunction h : HashFunction.values()) {
            if (h.multihashCode == code) {
                return h;
            }
        }
        return null;
    }

    /** The full digest: 32 bytes, except 64 for blake2b-512 and 20 for ripemd-160. */
    public static byte[] digest(HashFunction h, byte[] data) {
        Digest d = switch (h) {
            case SHA2_256 -> new SHA256Digest();
            case BLAKE2B_256 -> new Blake2bDigest(256);
            case BLAKE2B_512 -> new Blake2bDigest(512);
            case KECCAK_256 -> new KeccakDigest(256);
            case RIPEMD_160 -> new RIPEMD160Digest();
        };
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
