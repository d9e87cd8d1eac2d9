package io.jfvm.proofs;

import io.jfvm.proofs.bls12381.Curve;

import java.math.BigInteger;

/** Conversions between Filecoin's 32-byte little-endian field encodings and Fr integers. */
public final class Fr {
    private Fr() {
    }

    /** A canonical little-endian Fr (value < r), else IllegalArgumentException naming {@code what}. */
    public static BigInteger fromLeBytes(byte[] b, String what) {
        if (b == null || b.length != 32) {
            throw new IllegalArgumentException(what + " must be 32 bytes");
        }
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = b[31 - i];
        }
        BigInteger x = new BigInteger(1, be);
        if (x.compareTo(Curve.R) >= 0) {
            throw new IllegalArgumentException(what + " is not a canonical field element");
        }
        return x;
    }

    /** A seal commitment (comm_r / comm_d): canonical and, as verify_seal requires, non-zero. */
    public static BigInteger commitment(byte[] b, String what) {
        BigInteger x = fromLeBytes(b, what);
        if (x.signum() == 0) {
            throw new IllegalArgumentException(what + " is zero");
        }
        return x;
    }

    public static BigInteger ofUnsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    /** b with the two top bits of byte 31 cleared, so that it is always < r ("repr safe"). */
    public static byte[] reprSafe(byte[] b) {
        byte[] c = b.clone();
        c[31] &= 0x3f;
        return c;
    }
}
