package io.jfvm.evm;

import io.jfvm.ipld.types.Address;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 20-byte Ethereum address and its Filecoin forms (fevm.md §2; Lotus {@code ethtypes/eth_types.go}).
 * <ul>
 *   <li>A <b>masked ID</b> {@code ff ‖ 11 zero bytes ‖ u64 BE} is the Ethereum view of actor {@code f0<id>};</li>
 *   <li>every other address maps to the f410 address {@code 04 0a ‖ address} (protocol 4, namespace 10, the EAM).</li>
 * </ul>
 * Text is {@code 0x} and 40 hex digits: all lower case, all upper case, or mixed case carrying a valid EIP-55
 * checksum (a mixed-case address with a wrong checksum is a typo, and is refused).
 */
public final class EthAddress {
    public static final int LENGTH = 20;
    /** The Ethereum Address Manager's actor ID: the f410 namespace and the receiver of contract creations. */
    public static final long EAM_ACTOR_ID = 10;
    public static final EthAddress NULL = new EthAddress(new byte[LENGTH]);

    private static final int MASKED_PREFIX_LENGTH = 12;
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private EthAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address with these 20 bytes. */
    public static EthAddress of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("an Ethereum address has 20 bytes, got " + bytes.length);
        }
        return new EthAddress(bytes.clone());
    }

    /** The masked-ID address of actor {@code f0<id>} ({@code id} is a u64). */
    public static EthAddress maskedId(long id) {
        byte[] b = new byte[LENGTH];
        b[0] = (byte) 0xff;
        for (int i = 0; i < 8; i++) {
            b[LENGTH - 1 - i] = (byte) (id >>> (8 * i));
        }
        return new EthAddress(b);
    }

    /** The address of a 65-byte uncompressed secp256k1 public key: the last 20 bytes of keccak256(x ‖ y). */
    public static EthAddress fromPublicKey(byte[] uncompressed) {
        if (uncompressed.length != 65 || uncompressed[0] != 0x04) {
            throw new IllegalArgumentException("expected a 65-byte uncompressed secp256k1 public key starting with 04, got "
                    + uncompressed.length + " bytes");
        }
        byte[] h = Keccak.hash(Arrays.copyOfRange(uncompressed, 1, 65));
        return new EthAddress(Arrays.copyOfRange(h, 12, 32));
    }

    /**
     * The address of the contract an Ethereum deploy creates: keccak256(rlp([sender, nonce]))[12:] (fevm.md §2;
     * EAM CreateExternal uses the message nonce, so this equals Ethereum's rule).
     */
    public static EthAddress contractAddress(EthAddress sender, long nonce) {
        byte[] rlp = Rlp.encode(RlpList.of(RlpString.of(sender.bytes), RlpString.ofUnsigned(nonce)));
        return new EthAddress(Arrays.copyOfRange(Keccak.hash(rlp), 12, 32));
    }

    /** Parses {@code 0x} and 40 hex digits, checking the EIP-55 checksum when the digits are of mixed case. */
    public static EthAddress parse(String text) {
        if (text.length() != 2 + 2 * LENGTH || !(text.startsWith("0x") || text.startsWith("0X"))) {
            throw new IllegalArgumentException("Ethereum address \"" + text + "\" must be 0x and 40 hex digits");
        }
        String digits = text.substring(2);
        byte[] b;
        try {
            b = HEX.parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ethereum address \"" + text + "\" has a character that is not a hex digit", e);
        }
        EthAddress a = new EthAddress(b);
        boolean mixed = !digits.equals(digits.toLowerCase()) && !digits.equals(digits.toUpperCase());
        if (mixed && !a.toChecksumString().substring(2).equals(digits)) {
            throw new IllegalArgumentException("Ethereum address \"" + text + "\" has mixed case but a wrong EIP-55 checksum"
                    + " (expected " + a.toChecksumString() + ")");
        }
        return a;
    }

    /**
     * The Ethereum view of a Filecoin address (Lotus {@code EthAddressFromFilecoinAddress}): {@code f0} gives its
     * masked ID, an f410 gives its payload. Other addresses (f1, f2, f3, other namespaces) have an Ethereum address
     * only through the state tree (the actor's delegated address, else its ID), so they are refused here, as is an
     * f410 whose payload is a masked ID (which no actor can hold: it would alias {@code f0<id>}).
     */
    public static EthAddress fromFilecoinAddress(Address address) {
        if (address.isId()) {
            return maskedId(address.id());
        }
        if (!address.isEthAddress()) {
            throw new IllegalArgumentException("Filecoin address " + address + " has no Ethereum form without the state tree"
                    + " (only f0 and f410 addresses do)");
        }
        EthAddress a = new EthAddress(address.subAddress());
        if (a.isMaskedId()) {
            throw new IllegalArgumentException("f410 address " + address + " embeds the masked ID " + a
                    + ", which is not a valid delegated address");
        }
        return a;
    }

    /** The Filecoin address: {@code f0<id>} for a masked ID, else the f410 address (fevm.md §2). */
    public Address toFilecoinAddress() {
        return isMaskedId() ? Address.id(maskedIdValue()) : Address.fromEthAddress(bytes);
    }

    /** True for {@code ff ‖ 11 zero bytes ‖ id}. */
    public boolean isMaskedId() {
        if (bytes[0] != (byte) 0xff) {
            return false;
        }
        for (int i = 1; i < MASKED_PREFIX_LENGTH; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The actor ID of a masked-ID address (a u64). */
    public long maskedIdValue() {
        if (!isMaskedId()) {
            throw new IllegalStateException(this + " is not a masked-ID address");
        }
        long id = 0;
        for (int i = MASKED_PREFIX_LENGTH; i < LENGTH; i++) {
            id = (id << 8) | (bytes[i] & 0xFF);
        }
        return id;
    }

    /**
     * True for the addresses the EAM never assigns to a new actor (fevm.md §2): masked IDs and the
     * precompile-shaped {@code 00} or {@code fe}, then 18 zero bytes, then any byte (which include the null address).
     */
    public boolean isReservedByEam() {
        if (isMaskedId()) {
            return true;
        }
        if (bytes[0] != 0 && bytes[0] != (byte) 0xfe) {
            return false;
        }
        for (int i = 1; i < LENGTH - 1; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The 20 bytes (a copy). */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** {@code 0x} and 40 lower-case hex digits: the JSON-RPC form. */
    public String toHex() {
        return "0x" + HEX.formatHex(bytes);
    }

    /**
     * The EIP-55 form: hex digit i is upper case when nibble i of keccak256(the lower-case hex digits, as ASCII)
     * is 8 or more.
     */
    public String toChecksumString() {
        String lower = HEX.formatHex(bytes);
        byte[] h = Keccak.hash(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < lower.length(); i++) {
            int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
            char c = lower.charAt(i);
            sb.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EthAddress a && Arrays.equals(a.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The EIP-55 form. */
    @Override
    public String toString() {
        return toChecksumString();
    }
}
