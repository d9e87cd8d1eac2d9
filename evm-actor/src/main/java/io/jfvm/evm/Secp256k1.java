package io.jfvm.evm;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * secp256k1 as Ethereum uses it: deterministic signing (RFC 6979 with HMAC-SHA256, as ethers, viem and geth
 * sign) normalised to low s (EIP-2), and public-key recovery from {@code (r, s, y parity)} over a 32-byte digest.
 * <p>
 * Recovery accepts any {@code r} and {@code s} in {@code [1, n)}, high {@code s} included: Lotus's recovery
 * (go-crypto {@code EcRecover}, secp256k1-voi {@code RecoverPublicKey}) does not enforce EIP-2 either, so a
 * transaction Lotus accepts is accepted here. Only recovery ids 0 and 1 exist in Ethereum transactions (2 and 3
 * would need {@code r ≥ n}), so only those are supported.
 */
public final class Secp256k1 {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
    /** The group order n. */
    public static final BigInteger N = CURVE.getN();
    private static final BigInteger HALF_N = N.shiftRight(1);
    private static final int DIGEST_BYTES = 32;

    private Secp256k1() {}

    /** The 65-byte uncompressed public key {@code 04 ‖ x ‖ y} of the private scalar {@code d}. */
    static byte[] publicKey(BigInteger d) {
        return DOMAIN.getG().multiply(d).normalize().getEncoded(false);
    }

    /** The 33-byte compressed public key {@code 02|03 ‖ x} of {@code d} (BIP-32 serP). */
    static byte[] compressedPublicKey(BigInteger d) {
        return DOMAIN.getG().multiply(d).normalize().getEncoded(true);
    }

    /** Signs a 32-byte digest: RFC 6979 nonce, then {@code s} replaced by {@code n − s} when above {@code n/2}. */
    static EthSignature sign(BigInteger d, byte[] digest) {
        requireDigest(digest);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, DOMAIN));
        BigInteger[] rs = signer.generateSignature(digest);
        BigInteger r = rs[0];
        BigInteger s = rs[1].compareTo(HALF_N) > 0 ? N.subtract(rs[1]) : rs[1];
        // The signer does not expose R; the parity is the one whose recovery gives back our own key.
        byte[] own = publicKey(d);
        for (int y = 0; y <= 1; y++) {
            EthSignature sig = new EthSignature(r, s, y);
            if (Arrays.equals(recover(digest, sig), own)) {
                return sig;
            }
        }
        throw new IllegalStateException("neither y parity recovers the signing key: the signer is broken");
    }

    /**
     * The 65-byte uncompressed public key that produced {@code sig} over {@code digest}: Q = r⁻¹(sR − eG), where R is
     * the curve point with x = r and the signature's y parity (SEC 1 v2, §4.1.6).
     */
    public static byte[] recover(byte[] digest, EthSignature sig) {
        requireDigest(digest);
        BigInteger r = sig.r();
        BigInteger s = sig.s();
        if (r.signum() == 0 || r.compareTo(N) >= 0) {
            throw new InvalidSignatureException("signature r must be in [1, n), got 0x" + r.toString(16));
        }
        if (s.signum() == 0 || s.compareTo(N) >= 0) {
            throw new InvalidSignatureException("signature s must be in [1, n), got 0x" + s.toString(16));
        }
        byte[] compressed = new byte[33];
        compressed[0] = (byte) (2 + sig.yParity());
        Bytes.writePadded(r, compressed, 1, 32);
        ECPoint bigR;
        try {
            bigR = DOMAIN.getCurve().decodePoint(compressed);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("signature r = 0x" + r.toString(16) + " is not the x coordinate of a curve point");
        }
        BigInteger e = new BigInteger(1, digest).mod(N);
        BigInteger rInv = r.modInverse(N);
        BigInteger u1 = e.negate().multiply(rInv).mod(N);
        BigInteger u2 = s.multiply(rInv).mod(N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(DOMAIN.getG(), u1, bigR, u2).normalize();
        if (q.isInfinity()) {
            throw new InvalidSignatureException("signature recovers the point at infinity, not a public key");
        }
        return q.getEncoded(false);
    }

    private static void requireDigest(byte[] digest) {
        if (digest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("secp256k1 signs 32-byte digests, got " + digest.length + " bytes");
        }
    }
}
