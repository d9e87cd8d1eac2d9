package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.ipld.types.Address;
import io.jfvm.proofs.sig.Secp256k1;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/** Shared helpers: a crypto-ops instance over a fresh tracker, secp256k1 signing, hex. */
final class CryptoTestSupport {
    static final X9ECParameters SECP = CustomNamedCurves.getByName("secp256k1");
    static final BigInteger N = SECP.getN();

    private CryptoTestSupport() {}

    /** nv17 = FVM v2 (SKYR), nv18 = FVM v3 (HYGGE). */
    static final class Ops {
        final GasTracker gas = new GasTracker(10_000_000_000L * 1000, 0, true);
        final PriceList prices;
        final BaseCryptoOps ops;

        Ops(int nv, ProofPolicy policy) {
            if (nv == 17) {
                prices = PriceLists.SKYR;
                ops = new CryptoOpsV2(PriceLists.SKYR, gas, policy);
            } else if (nv == 18) {
                prices = PriceLists.HYGGE;
                ops = new CryptoOpsV3(PriceLists.HYGGE, gas, policy, 0, 2_800_000);
            } else {
                throw new IllegalArgumentException("crypto tests use nv17 (FVM v2) or nv18 (FVM v3), not " + nv);
            }
        }

        /** Gas (whole units) charged so far. */
        long charged() {
            return gas.used() / 1000;
        }

        /** Names of the charges so far. */
        String names() {
            return String.join(",", gas.trace().stream().map(GasCharge::name).toList());
        }
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static byte[] secpPublicKey(BigInteger sk) {
        return SECP.getG().multiply(sk).normalize().getEncoded(false);
    }

    static Address secpAddress(BigInteger sk) {
        return Address.secp256k1FromPublicKey(secpPublicKey(sk));
    }

    /** A 65-byte r ‖ s ‖ v signature over a 32-byte hash (low-S), v found by recovery. */
    static byte[] secpSign(BigInteger sk, byte[] hash32) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(sk, new ECDomainParameters(SECP)));
        BigInteger[] rs = signer.generateSignature(hash32);
        BigInteger s = rs[1].compareTo(N.shiftRight(1)) > 0 ? N.subtract(rs[1]) : rs[1];
        byte[] pub = secpPublicKey(sk);
        for (int v = 0; v < 4; v++) {
            byte[] sig = rsv(rs[0], s, v);
            try {
                if (Arrays.equals(Secp256k1.recoverPublicKey(hash32, sig), pub)) {
                    return sig;
                }
            } catch (IllegalArgumentException ignored) {
                // try the next recovery id
            }
        }
        throw new IllegalStateException("no recovery id");
    }

    /** The same signature with S replaced by n − S and the recovery parity flipped (malleable, high-S). */
    static byte[] highS(byte[] sig) {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(sig, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, 32, 64));
        return rsv(r, N.subtract(s), (sig[64] & 0xff) ^ 1);
    }

    static byte[] rsv(BigInteger r, BigInteger s, int v) {
        byte[] out = new byte[65];
        put32(r, out, 0);
        put32(s, out, 32);
        out[64] = (byte) v;
        return out;
    }

    private static void put32(BigInteger x, byte[] out, int off) {
        byte[] b = x.toByteArray();
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, off + 32 - n, n);
    }
}
