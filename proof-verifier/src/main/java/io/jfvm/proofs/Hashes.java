package io.jfvm.proofs;

import org.bouncycastle.crypto.digests.Blake2bDigest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Small hashing and little-endian helpers shared by the public-input generators. */
public final class Hashes {
    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] sha256(byte[]... parts) {
        MessageDigest d = sha256();
        for (byte[] p : parts) {
            d.update(p);
        }
        return d.digest();
    }

    public static byte[] blake2b512(byte[]... parts) {
        Blake2bDigest d = new Blake2bDigest(512);
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[64];
        d.doFinal(out, 0);
        return out;
    }

    public static byte[] u64Le(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    public static byte[] u64Be(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[7 - i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    public static byte[] u32Le(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    public static long readU64Le(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    public static long readU64Be(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    /** The prover id of a miner: the unsigned LEB128 varint of its actor id, zero-padded to 32 bytes. */
    public static byte[] proverId(long actorId) {
        byte[] out = new byte[32];
        int i = 0;
        long v = actorId;
        while ((v & ~0x7fL) != 0) {
            out[i++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out[i] = (byte) v;
        return out;
    }
}
