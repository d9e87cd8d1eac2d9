package io.jfvm.proofs.commd;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Filecoin commitment CIDs (ref-fvm commcid): CIDv1 with codec fil-commitment-unsealed (0xf101) and
 * multihash sha2-256-trunc254-padded (0x1012) for piece/unsealed commitments, and
 * fil-commitment-sealed (0xf102) with poseidon-bls12_381-a2-fc1 (0xb401) for sealed ones.
 * Strings are multibase base32 lower case ('b').
 */
public final class PieceCid {
    private PieceCid() {
    }

    public static final long UNSEALED_CODEC = 0xf101;
    public static final long PIECE_MULTIHASH = 0x1012;
    public static final long SEALED_CODEC = 0xf102;
    public static final long SEALED_MULTIHASH = 0xb401;

    /** The binary CID of an unsealed (piece / CommD) commitment. */
    public static byte[] unsealedCid(byte[] comm32) {
        return cid(UNSEALED_CODEC, PIECE_MULTIHASH, comm32);
    }

    public static byte[] sealedCid(byte[] comm32) {
        return cid(SEALED_CODEC, SEALED_MULTIHASH, comm32);
    }

    static byte[] cid(long codec, long mh, byte[] comm32) {
        if (comm32.length != 32) {
            throw new IllegalArgumentException("commitment must be 32 bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        varint(out, codec);
        varint(out, mh);
        out.write(32);
        out.write(comm32, 0, 32);
        return out.toByteArray();
    }

    /** Extracts the 32-byte commitment of an unsealed CID, rejecting any other codec or hash. */
    public static byte[] unsealedCommitment(byte[] cid) {
        return commitment(cid, UNSEALED_CODEC, PIECE_MULTIHASH);
    }

    public static byte[] sealedCommitment(byte[] cid) {
        return commitment(cid, SEALED_CODEC, SEALED_MULTIHASH);
    }

    static byte[] commitment(byte[] cid, long codec, long mh) {
        int[] pos = {0};
        long version = readVarint(cid, pos);
        long c = readVarint(cid, pos);
        long h = readVarint(cid, pos);
        long len = readVarint(cid, pos);
        if (version != 1) {
            throw new IllegalArgumentException("commitment CID: version " + version + ", expected 1");
        }
        if (c != codec) {
            throw new IllegalArgumentException(String.format("commitment CID: codec 0x%x, expected 0x%x", c, codec));
        }
        if (h != mh) {
            throw new IllegalArgumentException(String.format("commitment CID: multihash 0x%x, expected 0x%x", h, mh));
        }
        if (len != 32 || cid.length - pos[0] != 32) {
            throw new IllegalArgumentException("commitment CID: digest must be exactly 32 bytes");
        }
        return Arrays.copyOfRange(cid, pos[0], pos[0] + 32);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(byte[] b, int[] pos) {
        long v = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (pos[0] >= b.length) {
                throw new IllegalArgumentException("commitment CID: truncated varint");
            }
            int x = b[pos[0]++] & 0xff;
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("commitment CID: varint too long");
    }

    private static final String B32 = "abcdefghijklmnopqrstuvwxyz234567";

    /** Multibase 'b' (RFC 4648 base32, lower case, no padding). */
    public static String toBase32String(byte[] cid) {
        StringBuilder sb = new StringBuilder("b");
        int buffer = 0;
        int bits = 0;
        for (byte x : cid) {
            buffer = (buffer << 8) | (x & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(B32.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(B32.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }

    public static byte[] fromBase32String(String s) {
        if (s.isEmpty() || s.charAt(0) != 'b') {
            throw new IllegalArgumentException("only multibase base32 ('b') CID strings are supported");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (int i = 1; i < s.length(); i++) {
            int d = B32.indexOf(s.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("invalid base32 character in CID: " + s.charAt(i));
            }
            buffer = (buffer << 5) | d;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
