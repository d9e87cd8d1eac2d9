package io.jfvm.evm;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * BIP-32 private-key derivation along a path such as {@code m/44'/60'/0'/0/3} (the Ethereum account path of
 * BIP-44; {@code '} marks a hardened index).
 */
public final class Bip32 {
    private static final byte[] MASTER_KEY = "Bitcoin seed".getBytes(StandardCharsets.US_ASCII);
    private static final long HARDENED = 0x8000_0000L;

    private Bip32() {}

    /** The private key at {@code path} below the master key of {@code seed}. */
    public static EthPrivateKey derive(byte[] seed, String path) {
        String[] parts = path.split("/", -1);
        if (!parts[0].equals("m")) {
            throw new IllegalArgumentException("BIP-32 path \"" + path + "\" must start with m");
        }
        Node node = Node.of(hmac(MASTER_KEY, seed), path, "the master key");
        for (int i = 1; i < parts.length; i++) {
            node = node.child(index(parts[i], path), path);
        }
        return EthPrivateKey.of(node.key);
    }

    private static long index(String part, String path) {
        boolean hardened = part.endsWith("'");
        String digits = hardened ? part.substring(0, part.length() - 1) : part;
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("BIP-32 path \"" + path + "\" has an invalid index \"" + part + "\"");
        }
        long i = Long.parseLong(digits);
        if (i >= HARDENED) {
            throw new IllegalArgumentException("BIP-32 index " + i + " in \"" + path + "\" must be below 2^31");
        }
        return hardened ? i + HARDENED : i;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        HMac mac = new HMac(new SHA512Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[64];
        mac.doFinal(out, 0);
        return out;
    }

    /** A private key and its chain code. */
    private record Node(BigInteger key, byte[] chainCode) {
        /** The node of an HMAC output I = IL ‖ IR: key IL (plus the parent's key, for a child), chain code IR. */
        static Node of(byte[] i, String path, String what) {
            return withKey(new BigInteger(1, Arrays.copyOf(i, 32)), BigInteger.ZERO, Arrays.copyOfRange(i, 32, 64), path, what);
        }

        private static Node withKey(BigInteger il, BigInteger parent, byte[] chainCode, String path, String what) {
            BigInteger key = il.add(parent).mod(Secp256k1.N);
            // BIP-32: IL ≥ n or a zero key makes this index invalid; the chance is below 2^-127 per step.
            if (il.compareTo(Secp256k1.N) >= 0 || key.signum() == 0) {
                throw new IllegalStateException("BIP-32 derivation of \"" + path + "\" gives an invalid key at " + what);
            }
            return new Node(key, chainCode);
        }

        /** CKDpriv: hardened children hash {@code 00 ‖ key}, normal children the compressed public key. */
        Node child(long index, String path) {
            byte[] data = new byte[37];
            if (index >= HARDENED) {
                Bytes.writePadded(key, data, 1, 32);
            } else {
                System.arraycopy(Secp256k1.compressedPublicKey(key), 0, data, 0, 33);
            }
            for (int b = 0; b < 4; b++) {
                data[33 + b] = (byte) (index >>> (8 * (3 - b)));
            }
            byte[] i = hmac(chainCode, data);
            return withKey(new BigInteger(1, Arrays.copyOf(i, 32)), key, Arrays.copyOfRange(i, 32, 64), path,
                    "index " + index);
        }
    }
}
