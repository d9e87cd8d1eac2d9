package io.jfvm.ipld;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/** The hash functions Filecoin uses, computed with Bouncy Castle. */
public final class Hashes {
    private Hashes() {}

    /** BLAKE2b with a {@code digestBytes}-byte output (32 for state CIDs, 20 for f1/f2 payloads, 4 for address checksums). */
    public static byte[] blake2b(byte[] data, int digestBytes) {
        Blake2bDigest d = new Blake2bDigest(digestBytes * 8);
        d.update(data, 0, data.length);
        byte[] out = new byte[digestBytes];
        d.doFinal(out, 0);
        return out;
    }

    public static byte[] blake2b256(byte[] data) {
        return blake2b(data, 32);
    }

    public static byte[] sha256(byte[] data) {
        SHA256Digest d = new SHA256Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }
}
