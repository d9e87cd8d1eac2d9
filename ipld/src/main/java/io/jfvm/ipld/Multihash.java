package io.jfvm.ipld;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A self-describing hash: hash function code, digest length and digest (the multiformats multihash).
 * Only blake2b-256, sha2-256 and identity can be computed from block bytes; the Filecoin piece and replica
 * commitment functions (sha2-256-trunc254-padded, poseidon) are merkle roots over sectors and only ever appear
 * inside {@code fil-commitment-*} CIDs.
 */
public final class Multihash {
    public static final long IDENTITY = 0x00;
    public static final long SHA2_256 = 0x12;
    public static final long BLAKE2B_256 = 0xb220;
    public static final long SHA2_256_TRUNC254_PADDED = 0x1012;
    /**
     * The hash of sealed-sector commitments (CommR). fvm_shared calls it POSEIDON_BLS12_381_A1_FC1; the multicodec
     * table names code 0xb401 "poseidon-bls12_381-a2-fc1".
     */
    public static final long POSEIDON_BLS12_381_A1_FC1 = 0xb401;

    /**
     * Largest digest: ref-fvm's CIDs hold at most 64 bytes of digest ({@code Cid<64>}), which bounds identity
     * (inline) CIDs; anything longer could not exist in the reference, so it is rejected everywhere here too.
     */
    public static final int MAX_DIGEST_LENGTH = 64;

    private final long code;
    private final byte[] digest;

    private Multihash(long code, byte[] digest) {
        this.code = code;
        this.digest = digest;
    }

    /** A multihash with the given function code and digest (copied). */
    public static Multihash of(long code, byte[] digest) {
        checkLength(digest.length);
        return new Multihash(code, digest.clone());
    }

    private static void checkLength(int length) {
        if (length > MAX_DIGEST_LENGTH) {
            throw new IpldException("multihash digest of " + length + " bytes exceeds " + MAX_DIGEST_LENGTH);
        }
    }

    /** Hashes {@code data} with the function {@code code}; only functions computable from plain bytes are accepted. */
    public static Multihash compute(long code, byte[] data) {
        if (code == BLAKE2B_256) {
            return new Multihash(code, Hashes.blake2b256(data));
        } else if (code == SHA2_256) {
            return new Multihash(code, Hashes.sha256(data));
        } else if (code == IDENTITY) {
            checkLength(data.length);
            return new Multihash(code, data.clone());
        }
        throw new IpldException("cannot compute multihash " + name(code) + " over block bytes");
    }

    /** True if {@code code} can be computed by {@link #compute}. */
    public static boolean isComputable(long code) {
        return code == BLAKE2B_256 || code == SHA2_256 || code == IDENTITY;
    }

    /** A human-readable name for error messages. */
    public static String name(long code) {
        if (code == IDENTITY) return "identity";
        if (code == SHA2_256) return "sha2-256";
        if (code == BLAKE2B_256) return "blake2b-256";
        if (code == SHA2_256_TRUNC254_PADDED) return "sha2-256-trunc254-padded";
        if (code == POSEIDON_BLS12_381_A1_FC1) return "poseidon-bls12_381-a2-fc1";
        return "0x" + Long.toHexString(code);
    }

    public long code() {
        return code;
    }

    public int digestLength() {
        return digest.length;
    }

    /** A copy of the digest. */
    public byte[] digest() {
        return digest.clone();
    }

    /** True if hashing {@code data} with this multihash's function gives this digest. */
    public boolean matches(byte[] data) {
        Multihash actual = compute(code, data);
        return Arrays.equals(actual.digest, digest);
    }

    public int encodedLength() {
        return Varint.length(code) + Varint.length(digest.length) + digest.length;
    }

    /** Writes {@code varint(code) varint(len) digest} at {@code pos}; returns the position after it. */
    public int write(byte[] out, int pos) {
        pos = Varint.write(code, out, pos);
        pos = Varint.write(digest.length, out, pos);
        System.arraycopy(digest, 0, out, pos, digest.length);
        return pos + digest.length;
    }

    public byte[] toBytes() {
        byte[] out = new byte[encodedLength()];
        write(out, 0);
        return out;
    }

    /** A parsed multihash and how many bytes it took. */
    public record Parsed(Multihash multihash, int length) {}

    /** Parses a multihash at {@code pos}; {@code base} is added to offsets in error messages. */
    public static Parsed parse(byte[] in, int pos, long base) {
        Varint.Decoded code = Varint.decode(in, pos, base);
        Varint.Decoded len = Varint.decode(in, pos + code.length(), base);
        if (len.value() < 0 || len.value() > MAX_DIGEST_LENGTH) {
            throw IpldException.at(base + pos + code.length(), "multihash digest length " + Long.toUnsignedString(len.value())
                    + " exceeds " + MAX_DIGEST_LENGTH);
        }
        int digestLen = (int) len.value();
        int start = pos + code.length() + len.length();
        if (start + digestLen > in.length) {
            throw IpldException.at(base + start, "truncated multihash: digest of " + digestLen + " bytes, only "
                    + (in.length - start) + " left");
        }
        byte[] digest = Arrays.copyOfRange(in, start, start + digestLen);
        return new Parsed(new Multihash(code.value(), digest), start + digestLen - pos);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Multihash m && m.code == code && Arrays.equals(m.digest, digest);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(code) * 31 + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return name(code) + ":" + HexFormat.of().formatHex(digest);
    }
}
