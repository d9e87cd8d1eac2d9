package io.jfvm.proofs.sig;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Filecoin secp256k1 signatures: 65 bytes r(32) ‖ s(32) ‖ v(1), over blake2b-256 of the message;
 * an f1 address is blake2b-160 of the 65-byte uncompressed public key. Recovery follows
 * libsecp256k1 as ref-fvm uses it: recovery ids 0..3, and high-S (malleable) signatures accepted.
 */
public final class Secp256k1 {
    private Secp256k1() {
    }

    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
    private static final ECCurve CURVE = PARAMS.getCurve();
    private static final BigInteger N = PARAMS.getN();
    private static final BigInteger P = CURVE.getField().getCharacteristic();

    public static final int SIGNATURE_LENGTH = 65;

    /**
     * Recovers the 65-byte uncompressed public key from a 32-byte message hash and a 65-byte
     * signature. Throws IllegalArgumentException for malformed signatures (the FVM's IllegalArgument).
     */
    public static byte[] recoverPublicKey(byte[] hash32, byte[] sig65) {
        if (hash32 == null || hash32.length != 32) {
            throw new IllegalArgumentException("secp256k1: message hash must be 32 bytes");
        }
        if (sig65 == null || sig65.length != SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("secp256k1: signature must be 65 bytes");
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(sig65, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig65, 32, 64));
        int v = sig65[64] & 0xff;
        if (v > 3) {
            throw new IllegalArgumentException("secp256k1: invalid recovery id " + v);
        }
        if (r.signum() == 0 || r.compareTo(N) >= 0 || s.signum() == 0 || s.compareTo(N) >= 0) {
            throw new IllegalArgumentException("secp256k1: r or s out of range");
        }
        BigInteger x = v >= 2 ? r.add(N) : r;
        if (x.compareTo(P) >= 0) {
            throw new IllegalArgumentException("secp256k1: r + n exceeds the field");
        }
        byte[] enc = new byte[33];
        enc[0] = (byte) ((v & 1) == 1 ? 0x03 : 0x02);
        byte[] xb = x.toByteArray();
        int n = Math.min(xb.length, 32);
        System.arraycopy(xb, xb.length - n, enc, 33 - n, n);
        ECPoint bigR;
        try {
            bigR = CURVE.decodePoint(enc);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secp256k1: r is not the x of a curve point", e);
        }
        BigInteger e = new BigInteger(1, hash32).mod(N);
        BigInteger rInv = r.modInverse(N);
        // Q = r^-1 (s·R - e·G)
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(PARAMS.getG(), rInv.multiply(e).negate().mod(N),
                bigR, rInv.multiply(s).mod(N)).normalize();
        if (q.isInfinity()) {
            throw new IllegalArgumentException("secp256k1: recovered the point at infinity");
        }
        return q.getEncoded(false);
    }

    /**
     * Filecoin verification: true when the signature over blake2b-256(message) recovers a key whose
     * blake2b-160 equals the f1 address payload. Malformed signatures are simply invalid.
     */
    public static boolean verify(byte[] sig65, byte[] addressPayload20, byte[] message) {
        if (addressPayload20 == null || addressPayload20.length != 20) {
            return false;
        }
        byte[] pk;
        try {
            pk = recoverPublicKey(blake2b(message, 32), sig65);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Arrays.equals(blake2b(pk, 20), addressPayload20);
    }

    /** The f1 address payload of an uncompressed public key. */
    public static byte[] addressPayload(byte[] uncompressedPublicKey) {
        return blake2b(uncompressedPublicKey, 20);
    }

    public static byte[] blake2b(byte[] data, int outLen) {
        Blake2bDigest d = new Blake2bDigest(outLen * 8);
        d.update(data, 0, data.length);
        byte[] out = new byte[outLen];
        d.doFinal(out, 0);
        return out;
    }
}
