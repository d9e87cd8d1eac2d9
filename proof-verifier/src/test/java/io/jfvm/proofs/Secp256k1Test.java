package io.jfvm.proofs;

import io.jfvm.proofs.sig.Secp256k1;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static io.jfvm.proofs.SharedData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Secp256k1Test {
    private static final X9ECParameters K1 = CustomNamedCurves.getByName("secp256k1");
    // RFC 6979 signature of SHA-256("Satoshi Nakamoto") by the key 1 (a widely published vector)
    private static final String R = "934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8";
    private static final String S_LOW = "2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5";

    private static byte[] sig(String r, String s, int v) {
        byte[] out = new byte[65];
        System.arraycopy(hex(r), 0, out, 0, 32);
        System.arraycopy(hex(s), 0, out, 32, 32);
        out[64] = (byte) v;
        return out;
    }

    private static byte[] satoshiHash() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest("Satoshi Nakamoto".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void recoversTheKnownKeyAndAcceptsHighS() throws Exception {
        byte[] generator = K1.getG().getEncoded(false);
        byte[] h = satoshiHash();
        byte[] r0 = Secp256k1.recoverPublicKey(h, sig(R, S_LOW, 0));
        byte[] r1 = Secp256k1.recoverPublicKey(h, sig(R, S_LOW, 1));
        boolean v0 = java.util.Arrays.equals(r0, generator);
        assertTrue(v0 ^ java.util.Arrays.equals(r1, generator), "exactly one recovery id gives the key 1·G");
        // the malleated signature (n − s, other parity) recovers the same key
        String sHigh = String.format("%064x", K1.getN().subtract(new BigInteger(S_LOW, 16)));
        assertArrayEquals(generator, Secp256k1.recoverPublicKey(h, sig(R, sHigh, v0 ? 1 : 0)));
    }

    @Test
    void filecoinVerificationChecksTheAddress() {
        BigInteger d = new BigInteger("c0ffee254729296a45a3885639ac7e10f9d54979c0ffee254729296a45a38856", 16);
        byte[] pk = K1.getG().multiply(d).getEncoded(false);
        byte[] address = Secp256k1.addressPayload(pk);
        byte[] msg = "a filecoin message".getBytes(StandardCharsets.UTF_8);
        byte[] sig = signRecoverable(d, Secp256k1.blake2b(msg, 32), pk);
        assertTrue(Secp256k1.verify(sig, address, msg));
        assertFalse(Secp256k1.verify(sig, address, "another message".getBytes(StandardCharsets.UTF_8)));
        byte[] otherAddress = address.clone();
        otherAddress[0] ^= 1;
        assertFalse(Secp256k1.verify(sig, otherAddress, msg));
        byte[] bad = sig.clone();
        bad[64] = 7;
        assertFalse(Secp256k1.verify(bad, address, msg));
        assertThrows(IllegalArgumentException.class, () -> Secp256k1.recoverPublicKey(new byte[32], bad));
        assertThrows(IllegalArgumentException.class, () -> Secp256k1.recoverPublicKey(new byte[32], new byte[64]));
    }

    /** Deterministic ECDSA with Bouncy Castle, recovery id found by trying both. */
    private static byte[] signRecoverable(BigInteger d, byte[] hash, byte[] pk) {
        org.bouncycastle.crypto.signers.ECDSASigner signer = new org.bouncycastle.crypto.signers.ECDSASigner(
                new org.bouncycastle.crypto.signers.HMacDSAKCalculator(new org.bouncycastle.crypto.digests.SHA256Digest()));
        org.bouncycastle.crypto.params.ECDomainParameters dom = new org.bouncycastle.crypto.params.ECDomainParameters(
                K1.getCurve(), K1.getG(), K1.getN(), K1.getH());
        signer.init(true, new org.bouncycastle.crypto.params.ECPrivateKeyParameters(d, dom));
        BigInteger[] rs = signer.generateSignature(hash);
        for (int v = 0; v < 2; v++) {
            byte[] s = sig(String.format("%064x", rs[0]), String.format("%064x", rs[1]), v);
            if (java.util.Arrays.equals(Secp256k1.recoverPublicKey(hash, s), pk)) {
                return s;
            }
        }
        throw new AssertionError("no recovery id reproduces the key");
    }
}
