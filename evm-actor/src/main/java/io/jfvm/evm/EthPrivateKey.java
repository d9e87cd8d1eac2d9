package io.jfvm.evm;

import java.math.BigInteger;
import java.util.HexFormat;

/** A secp256k1 private key (a scalar in {@code [1, n)}) and the Ethereum account it controls. */
public final class EthPrivateKey {
    private final BigInteger d;

    private EthPrivateKey(BigInteger d) {
        this.d = d;
    }

    /** The key with these 32 big-endian bytes. */
    public static EthPrivateKey of(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a secp256k1 private key has 32 bytes, got " + key.length);
        }
        return of(new BigInteger(1, key));
    }

    public static EthPrivateKey of(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(Secp256k1.N) >= 0) {
            throw new IllegalArgumentException("a secp256k1 private key must be in [1, n)");
        }
        return new EthPrivateKey(d);
    }

    /** Parses 64 hex digits, with or without {@code 0x}. */
    public static EthPrivateKey parse(String hex) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        if (digits.length() != 64) {
            throw new IllegalArgumentException("a private key is 64 hex digits, got " + digits.length());
        }
        return of(HexFormat.of().parseHex(digits));
    }

    /** The 32 big-endian bytes. */
    public byte[] toBytes() {
        byte[] out = new byte[32];
        Bytes.writePadded(d, out, 0, 32);
        return out;
    }

    BigInteger scalar() {
        return d;
    }

    /** The 65-byte uncompressed public key. */
    public byte[] publicKey() {
        return Secp256k1.publicKey(d);
    }

    public EthAddress address() {
        return EthAddress.fromPublicKey(publicKey());
    }

    /** Signs a 32-byte digest deterministically (RFC 6979), low s. */
    public EthSignature sign(byte[] digest) {
        return Secp256k1.sign(d, digest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EthPrivateKey k && k.d.equals(d);
    }

    @Override
    public int hashCode() {
        return d.hashCode();
    }

    /** Names the account, never the key. */
    @Override
    public String toString() {
        return "EthPrivateKey[" + address() + "]";
    }
}
