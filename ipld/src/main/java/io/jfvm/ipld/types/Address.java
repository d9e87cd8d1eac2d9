package io.jfvm.ipld.types;

import io.jfvm.ipld.Base32;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Varint;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborValue;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A Filecoin address: a protocol byte followed by a payload. Protocols: 0 ID (varint actor id), 1 secp256k1
 * (blake2b-160 of the uncompressed public key), 2 actor (blake2b-160), 3 BLS (48-byte public key), 4 delegated
 * (varint namespace and a sub-address of at most 54 bytes; namespace 10 with 20 bytes is an Ethereum address).
 * Parsing is as strict as ref-fvm: exact payload lengths, minimal varints, no trailing bytes.
 */
public final class Address implements Comparable<Address> {
    /** Protocol codes. */
    public static final int ID = 0;
    public static final int SECP256K1 = 1;
    public static final int ACTOR = 2;
    public static final int BLS = 3;
    public static final int DELEGATED = 4;

    public static final int PAYLOAD_HASH_LEN = 20;
    public static final int BLS_PUB_LEN = 48;
    public static final int MAX_SUBADDRESS_LEN = 54;
    /** The Ethereum Address Manager's actor id, the namespace of f410 addresses. */
    public static final long EAM_NAMESPACE = 10;
    public static final int ETH_ADDRESS_LEN = 20;
    private static final int CHECKSUM_LEN = 4;

    private final byte[] bytes;

    private Address(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Address id(long id) {
        byte[] b = new byte[1 + Varint.length(id)];
        b[0] = ID;
        Varint.write(id, b, 1);
        return new Address(b);
    }

    /** An f1 address from the 20-byte blake2b-160 hash of a 65-byte uncompressed secp256k1 public key. */
    public static Address secp256k1FromPublicKey(byte[] uncompressedKey) {
        return withPayload(SECP256K1, Hashes.blake2b(uncompressedKey, PAYLOAD_HASH_LEN));
    }

    /** An f2 address hashing {@code data} with blake2b-160. */
    public static Address actorFromData(byte[] data) {
        return withPayload(ACTOR, Hashes.blake2b(data, PAYLOAD_HASH_LEN));
    }

    public static Address bls(byte[] publicKey) {
        return fromBytes(concat(new byte[] {BLS}, publicKey));
    }

    public static Address delegated(long namespace, byte[] subAddress) {
        byte[] ns = Varint.encode(namespace);
        return fromBytes(concat(concat(new byte[] {DELEGATED}, ns), subAddress));
    }

    /** The f410 address of a 20-byte Ethereum address. */
    public static Address fromEthAddress(byte[] eth) {
        if (eth.length != ETH_ADDRESS_LEN) {
            throw new IpldException("Ethereum address must be 20 bytes, got " + eth.length);
        }
        return delegated(EAM_NAMESPACE, eth);
    }

    private static Address withPayload(int protocol, byte[] payload) {
        return new Address(concat(new byte[] {(byte) protocol}, payload));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Parses the byte form {@code protocol ‖ payload}. */
    public static Address fromBytes(byte[] b) {
        if (b.length < 2) {
            throw new IpldException("address of " + b.length + " bytes is too short (at least 2)");
        }
        int protocol = b[0] & 0xFF;
        int payloadLen = b.length - 1;
        switch (protocol) {
            case ID -> {
                Varint.Decoded id = Varint.decode(b, 1, 0);
                if (id.length() != payloadLen) {
                    throw IpldException.at(1 + id.length(), "ID address has " + (payloadLen - id.length()) + " trailing bytes");
                }
            }
            case SECP256K1, ACTOR -> requireLength(protocol, payloadLen, PAYLOAD_HASH_LEN);
            case BLS -> requireLength(protocol, payloadLen, BLS_PUB_LEN);
            case DELEGATED -> {
                Varint.Decoded ns = Varint.decode(b, 1, 0);
                int sub = payloadLen - ns.length();
                if (sub > MAX_SUBADDRESS_LEN) {
                    throw IpldException.at(1 + ns.length(), "delegated sub-address of " + sub + " bytes exceeds " + MAX_SUBADDRESS_LEN);
                }
            }
            default -> throw IpldException.at(0, "unknown address protocol " + protocol);
        }
        return new Address(b.clone());
    }

    private static void requireLength(int protocol, int actual, int expected) {
        if (actual != expected) {
            throw IpldException.at(1, "protocol " + protocol + " address payload must be " + expected + " bytes, got " + actual);
        }
    }

    public static Address fromCbor(CborValue v) {
        return fromBytes(v.asBytes());
    }

    public CborValue toCbor() {
        return new CborBytes(bytes.clone());
    }

    public int protocol() {
        return bytes[0];
    }

    /** The byte form (a copy). */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** The payload after the protocol byte (a copy). */
    public byte[] payload() {
        return Arrays.copyOfRange(bytes, 1, bytes.length);
    }

    public boolean isId() {
        return protocol() == ID;
    }

    /** The actor id of an ID address. */
    public long id() {
        if (!isId()) {
            throw new IllegalStateException("not an ID address: " + this);
        }
        return Varint.decode(bytes, 1, 0).value();
    }

    /** The namespace of a delegated address. */
    public long namespace() {
        if (protocol() != DELEGATED) {
            throw new IllegalStateException("not a delegated address: " + this);
        }
        return Varint.decode(bytes, 1, 0).value();
    }

    /** The sub-address of a delegated address (a copy). */
    public byte[] subAddress() {
        int nsLen = Varint.decode(bytes, 1, 0).length();
        return Arrays.copyOfRange(bytes, 1 + nsLen, bytes.length);
    }

    /** True for an f410 address carrying a 20-byte Ethereum address. */
    public boolean isEthAddress() {
        return protocol() == DELEGATED && namespace() == EAM_NAMESPACE && subAddress().length == ETH_ADDRESS_LEN;
    }

    /** Parses the string form, e.g. {@code f0100}, {@code t1...}, {@code f410f...}. */
    public static Address parse(String s) {
        if (s.length() < 3 || (s.charAt(0) != 'f' && s.charAt(0) != 't')) {
            throw new IpldException("address \"" + s + "\" must start with network 'f' or 't' and a protocol digit");
        }
        int protocol = s.charAt(1) - '0';
        String rest = s.substring(2);
        switch (protocol) {
            case ID:
                return id(parseDecimalU64(rest, s));
            case SECP256K1:
            case ACTOR:
            case BLS:
                return checked(s, protocol, new byte[0], rest);
            case DELEGATED: {
                int f = rest.indexOf('f');
                if (f <= 0) {
                    throw new IpldException("delegated address \"" + s + "\" lacks '<namespace>f' before its payload");
                }
                byte[] ns = Varint.encode(parseDecimalU64(rest.substring(0, f), s));
                return checked(s, protocol, ns, rest.substring(f + 1));
            }
            default:
                throw new IpldException("unknown address protocol '" + s.charAt(1) + "' in \"" + s + "\"");
        }
    }

    private static long parseDecimalU64(String digits, String whole) {
        if (digits.isEmpty() || digits.length() > 20 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IpldException("invalid decimal number \"" + digits + "\" in address \"" + whole + "\"");
        }
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw new IpldException("number \"" + digits + "\" in address \"" + whole + "\" exceeds 64 bits");
        }
    }

    private static Address checked(String whole, int protocol, byte[] prefix, String base32) {
        byte[] raw;
        try {
            raw = Base32.decode(base32);
        } catch (IpldException e) {
            throw new IpldException("address \"" + whole + "\": " + e.getMessage(), e);
        }
        if (raw.length < CHECKSUM_LEN) {
            throw new IpldException("address \"" + whole + "\" is too short to hold a checksum");
        }
        byte[] body = concat(concat(new byte[] {(byte) protocol}, prefix), Arrays.copyOf(raw, raw.length - CHECKSUM_LEN));
        byte[] checksum = Arrays.copyOfRange(raw, raw.length - CHECKSUM_LEN, raw.length);
        if (!Arrays.equals(checksum, Hashes.blake2b(body, CHECKSUM_LEN))) {
            throw new IpldException("address \"" + whole + "\" has a bad checksum");
        }
        return fromBytes(body);
    }

    /** The mainnet string form ({@code f...}). */
    @Override
    public String toString() {
        return toString('f');
    }

    /** The string form with network prefix {@code 'f'} (mainnet) or {@code 't'} (testnets). */
    public String toString(char network) {
        int protocol = protocol();
        StringBuilder sb = new StringBuilder().append(network).append(protocol);
        if (protocol == ID) {
            return sb.append(Long.toUnsignedString(id())).toString();
        }
        byte[] checksum = Hashes.blake2b(bytes, CHECKSUM_LEN);
        byte[] shown = protocol == DELEGATED ? subAddress() : payload();
        if (protocol == DELEGATED) {
            sb.append(Long.toUnsignedString(namespace())).append('f');
        }
        return sb.append(Base32.encode(concat(shown, checksum))).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Arrays.equals(a.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Orders by byte form (unsigned). */
    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    /** Hex of the byte form, for diagnostics. */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }
}
