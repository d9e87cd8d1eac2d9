package io.jfvm.ipld;

import java.util.Arrays;

/**
 * A content identifier. CIDv1 is {@code varint(1) varint(codec) multihash}; CIDv0 is a bare sha2-256 multihash
 * with the implicit codec dag-pb. Instances are immutable and compare by their binary form.
 * Filecoin state CIDs are CIDv1 dag-cbor blake2b-256, printed as base32 ({@code bafy2bzace...}).
 */
public final class Cid implements Comparable<Cid> {
    private final int version;
    private final long codec;
    private final Multihash multihash;
    private final byte[] bytes;
    /** Computed on first use: most CIDs decoded from state (HAMT links) are never hashed. 0 = not yet. */
    private int hash;

    private Cid(int version, long codec, Multihash multihash, byte[] bytes) {
        this.version = version;
        this.codec = codec;
        this.multihash = multihash;
        this.bytes = bytes;
    }

    /** A CIDv1. */
    public static Cid v1(long codec, Multihash multihash) {
        byte[] out = new byte[Varint.length(1) + Varint.length(codec) + multihash.encodedLength()];
        int pos = Varint.write(1, out, 0);
        pos = Varint.write(codec, out, pos);
        multihash.write(out, pos);
        return new Cid(1, codec, multihash, out);
    }

    /** A CIDv0: the multihash must be sha2-256 with a 32-byte digest. */
    public static Cid v0(Multihash multihash) {
        if (multihash.code() != Multihash.SHA2_256 || multihash.digestLength() != 32) {
            throw new IpldException("CIDv0 requires a 32-byte sha2-256 multihash, got " + multihash);
        }
        return new Cid(0, Multicodec.DAG_PB, multihash, multihash.toBytes());
    }

    /** The CIDv1 of {@code data} under {@code codec}, hashed with blake2b-256 (the Filecoin default). */
    public static Cid of(long codec, byte[] data) {
        return v1(codec, Multihash.compute(Multihash.BLAKE2B_256, data));
    }

    public int version() {
        return version;
    }

    public long codec() {
        return codec;
    }

    public Multihash multihash() {
        return multihash;
    }

    /** The binary form (a copy). */
    public byte[] toBytes() {
        return bytes.clone();
    }

    public int encodedLength() {
        return bytes.length;
    }

    /** Copies the binary form into {@code out} at {@code pos}; returns the position after it. */
    public int write(byte[] out, int pos) {
        System.arraycopy(bytes, 0, out, pos, bytes.length);
        return pos + bytes.length;
    }

    /** A parsed CID and how many bytes it took. */
    public record Parsed(Cid cid, int length) {}

    /** Parses one CID exactly filling {@code data}. */
    public static Cid fromBytes(byte[] data) {
        Parsed p = parse(data, 0, 0);
        if (p.length() != data.length) {
            throw IpldException.at(p.length(), (data.length - p.length()) + " trailing bytes after CID");
        }
        return p.cid();
    }

    /** Parses a CID starting at {@code pos}; {@code base} is added to offsets in error messages. */
    public static Parsed parse(byte[] in, int pos, long base) {
        if (pos + 1 < in.length && in[pos] == 0x12 && in[pos + 1] == 0x20) {
            Multihash.Parsed mh = Multihash.parse(in, pos, base);
            return new Parsed(new Cid(0, Multicodec.DAG_PB, mh.multihash(), Arrays.copyOfRange(in, pos, pos + mh.length())), mh.length());
        }
        Varint.Decoded version = Varint.decode(in, pos, base);
        if (version.value() != 1) {
            throw IpldException.at(base + pos, "unsupported CID version " + Long.toUnsignedString(version.value())
                    + (version.value() == 0 ? " (an explicit version 0 is invalid; CIDv0 is a bare sha2-256 multihash)" : ""));
        }
        Varint.Decoded codec = Varint.decode(in, pos + version.length(), base);
        int mhStart = pos + version.length() + codec.length();
        Multihash.Parsed mh = Multihash.parse(in, mhStart, base);
        int len = mhStart + mh.length() - pos;
        return new Parsed(new Cid(1, codec.value(), mh.multihash(), Arrays.copyOfRange(in, pos, pos + len)), len);
    }

    /**
     * Parses the string form: base32 multibase ('b') or base58btc ('z') for CIDv1, bare base58 ("Qm...") for CIDv0.
     */
    public static Cid parse(String text) {
        if (text.length() == 46 && text.startsWith("Qm")) {
            return fromBytes(Base58.decode(text));
        }
        if (text.isEmpty()) {
            throw new IpldException("empty CID string");
        }
        byte[] raw;
        switch (text.charAt(0)) {
            case 'b' -> raw = Base32.decode(text.substring(1));
            case 'z' -> raw = Base58.decode(text.substring(1));
            default -> throw new IpldException("unsupported multibase prefix '" + text.charAt(0) + "' in CID \"" + text + "\"");
        }
        Cid cid = fromBytes(raw);
        if (cid.version == 0) {
            throw new IpldException("CIDv0 must not carry a multibase prefix: \"" + text + "\"");
        }
        return cid;
    }

    /** The canonical string form: base58 for CIDv0, lowercase base32 with prefix 'b' for CIDv1. */
    @Override
    public String toString() {
        return version == 0 ? Base58.encode(bytes) : "b" + Base32.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cid c && Arrays.equals(c.bytes, bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    /** Orders by binary form (unsigned bytes), the order ref-fvm and go-cid use. */
    @Override
    public int compareTo(Cid o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }
}
