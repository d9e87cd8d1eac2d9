package io.jfvm.proofs.bls12381;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigInteger;

/**
 * hash_to_curve for G2, suite BLS12381G2_XMD:SHA-256_SSWU_RO_ (RFC 9380 §8.8.2):
 * expand_message_xmd(SHA-256) → two F_p^2 elements → simplified SWU on the 3-isogenous curve
 * E2': y^2 = x^3 + 240u·x + 1012(1+u) → 3-isogeny to E2 → sum → cofactor clearing.
 * The isogeny coefficients are the published constants of RFC 9380 Appendix E.3.
 */
public final class HashToG2 {
    private HashToG2() {
    }

    private static final Fp2 A_PRIME = Fp2.of(0, 240);
    private static final Fp2 B_PRIME = Fp2.of(1012, 1012);
    /** Z = -(2 + u), the SSWU constant for E2'. */
    private static final Fp2 SSWU_Z = Fp2.of(-2, -1);
    /** SSWU's x1 is -B'/A'·(1 + 1/den), or B'/(Z·A') when den = 0: the constants, computed once. */
    private static final Fp2 MINUS_B_OVER_A = B_PRIME.neg().mul(A_PRIME.inv());
    private static final Fp2 B_OVER_ZA = B_PRIME.mul(SSWU_Z.mul(A_PRIME).inv());

    private static final Fp2[] X_NUM = {
            Fp2.hex("5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6",
                    "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"),
            Fp2.hex("0",
                    "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"),
            Fp2.hex("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e",
                    "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"),
            Fp2.hex("171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1",
                    "0")
    };
    /** Monic: the x^2 coefficient 1 is implicit. */
    private static final Fp2[] X_DEN = {
            Fp2.hex("0",
                    "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa63"),
            Fp2.hex("c",
                    "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa9f")
    };
    private static final Fp2[] Y_NUM = {
            Fp2.hex("1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706",
                    "1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"),
            Fp2.hex("0",
                    "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"),
            Fp2.hex("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c",
                    "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"),
            Fp2.hex("124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10",
                    "0")
    };
    /** Monic: the x^3 coefficient 1 is implicit. */
    private static final Fp2[] Y_DEN = {
            Fp2.hex("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb",
                    "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb"),
            Fp2.hex("0",
                    "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa9d3"),
            Fp2.hex("12",
                    "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa99")
    };

    public static G2 hash(byte[] msg, String dst) {
        return hash(msg, dst.getBytes(StandardCharsets.US_ASCII));
    }

    public static G2 hash(byte[] msg, byte[] dst) {
        Fp2[] u = hashToField(msg, dst);
        G2 q0 = isoMap(mapToCurveSswu(u[0]));
        G2 q1 = isoMap(mapToCurveSswu(u[1]));
        return q0.add(q1).clearCofactor();
    }

    /** hash_to_field with m = 2, L = 64, count = 2. */
    public static Fp2[] hashToField(byte[] msg, byte[] dst) {
        byte[] bytes = expandMessageXmd(msg, dst, 256);
        Fp2[] out = new Fp2[2];
        for (int i = 0; i < 2; i++) {
            Fp c0 = Fp.of(new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 128 * i, 128 * i + 64)));
            Fp c1 = Fp.of(new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 128 * i + 64, 128 * i + 128)));
            out[i] = new Fp2(c0, c1);
        }
        return out;
    }

    /** expand_message_xmd with SHA-256 (b_in_bytes = 32, s_in_bytes = 64), RFC 9380 §5.3.1. */
    public static byte[] expandMessageXmd(byte[] msg, byte[] dst, int lenInBytes) {
        if (dst.length > 255) {
            throw new IllegalArgumentException("DST longer than 255 bytes");
        }
        int ell = (lenInBytes + 31) / 32;
        if (ell > 255 || lenInBytes > 65535) {
            throw new IllegalArgumentException("expand_message_xmd: requested length too large");
        }
        byte[] dstPrime = new byte[dst.length + 1];
        System.arraycopy(dst, 0, dstPrime, 0, dst.length);
        dstPrime[dst.length] = (byte) dst.length;
        MessageDigest sha = sha256();
        sha.update(new byte[64]);
        sha.update(msg);
        sha.update(new byte[] {(byte) (lenInBytes >>> 8), (byte) lenInBytes, 0});
        sha.update(dstPrime);
        byte[] b0 = sha.digest();
        sha.update(b0);
        sha.update((byte) 1);
        sha.update(dstPrime);
        byte[] bi = sha.digest();
        byte[] out = new byte[ell * 32];
        System.arraycopy(bi, 0, out, 0, 32);
        for (int i = 2; i <= ell; i++) {
            byte[] x = new byte[32];
            for (int j = 0; j < 32; j++) {
                x[j] = (byte) (b0[j] ^ bi[j]);
            }
            sha.update(x);
            sha.update((byte) i);
            sha.update(dstPrime);
            bi = sha.digest();
            System.arraycopy(bi, 0, out, (i - 1) * 32, 32);
        }
        return java.util.Arrays.copyOf(out, lenInBytes);
    }

    /** Simplified SWU for AB != 0 (RFC 9380 §6.6.2), returning an affine point on E2'. */
    static Fp2[] mapToCurveSswu(Fp2 u) {
        Fp2 zu2 = SSWU_Z.mul(u.sqr());
        Fp2 den = zu2.sqr().add(zu2);
        Fp2 x1;
        if (den.isZero()) {
            x1 = B_OVER_ZA;
        } else {
            x1 = MINUS_B_OVER_A.mul(Fp2.ONE.add(den.inv()));
        }
        Fp2 gx1 = x1.sqr().mul(x1).add(A_PRIME.mul(x1)).add(B_PRIME);
        Fp2 x;
        Fp2 y = gx1.sqrt();
        if (y != null) {
            x = x1;
        } else {
            x = zu2.mul(x1);
            Fp2 gx2 = x.sqr().mul(x).add(A_PRIME.mul(x)).add(B_PRIME);
            y = gx2.sqrt();
            if (y == null) {
                throw new IllegalStateException("SSWU: neither g(x1) nor g(x2) is square");
            }
        }
        if (u.sgn0() != y.sgn0()) {
            y = y.neg();
        }
        return new Fp2[] {x, y};
    }

    /**
     * The 3-isogeny E2' → E2 (RFC 9380 Appendix E.3). A zero denominator maps to infinity. The
     * image x = xNum/xDen, y = y·yNum/yDen is returned in Jacobian coordinates with Z = xDen·yDen
     * (X = x·Z^2, Y = y·Z^3), which needs no inversion.
     */
    static G2 isoMap(Fp2[] p) {
        Fp2 x = p[0];
        Fp2 y = p[1];
        Fp2 xNum = horner(X_NUM, x, false);
        Fp2 xDen = horner(X_DEN, x, true);
        Fp2 yNum = horner(Y_NUM, x, false);
        Fp2 yDen = horner(Y_DEN, x, true);
        if (xDen.isZero() || yDen.isZero()) {
            return G2.INFINITY;
        }
        Fp2 z = xDen.mul(yDen);
        return new G2(xNum.mul(yDen).mul(z), y.mul(yNum).mul(xDen).mul(z.sqr()), z);
    }

    private static Fp2 horner(Fp2[] k, Fp2 x, boolean monic) {
        Fp2 acc = monic ? Fp2.ONE : k[k.length - 1];
        for (int i = monic ? k.length - 1 : k.length - 2; i >= 0; i--) {
            acc = acc.mul(x).add(k[i]);
        }
        return acc;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
