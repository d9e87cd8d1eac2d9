package io.jfvm.proofs.bls12381;

/**
 * The ZCash/IETF serialisation of BLS12-381 points, used by bellperson, blst and Filecoin.
 *
 * <p>Field elements are 48-byte big-endian; an F_p^2 element is written c1 then c0. The three high
 * bits of the first byte are flags: bit 7 compressed, bit 6 infinity, bit 5 the sign of y (set when
 * y is the lexicographically larger root; only in compressed form). Decoding checks that the point
 * is on the curve; subgroup membership is checked by {@code *Subgroup} variants or by the caller.
 */
public final class Encoding {
    private Encoding() {
    }

    private static final int COMPRESSED = 0x80;
    private static final int INFINITY = 0x40;
    private static final int SIGN = 0x20;

    public static G1 g1FromCompressed(byte[] b) {
        return g1FromCompressed(b, 0);
    }

    public static G1 g1FromCompressed(byte[] b, int off) {
        requireLength(b, off, 48, "compressed G1");
        int flags = b[off] & 0xe0;
        if ((flags & COMPRESSED) == 0) {
            throw new IllegalArgumentException("G1 point: compression flag not set");
        }
        byte[] xb = java.util.Arrays.copyOfRange(b, off, off + 48);
        xb[0] &= 0x1f;
        if ((flags & INFINITY) != 0) {
            if ((flags & SIGN) != 0 || !allZero(xb)) {
                throw new IllegalArgumentException("G1 point: malformed infinity encoding");
            }
            return G1.INFINITY;
        }
        Fp x = Fp.fromBytesCanonical(xb, 0);
        Fp y = x.sqr().mul(x).add(G1.B).sqrt();
        if (y == null) {
            throw new IllegalArgumentException("G1 point: x is not on the curve");
        }
        if (y.lexicographicallyLargest() != ((flags & SIGN) != 0)) {
            y = y.neg();
        }
        return G1.affine(x, y);
    }

    public static G1 g1FromUncompressed(byte[] b, int off) {
        requireLength(b, off, 96, "uncompressed G1");
        int flags = b[off] & 0xe0;
        if ((flags & (COMPRESSED | SIGN)) != 0) {
            throw new IllegalArgumentException("G1 point: unexpected flags for uncompressed encoding");
        }
        byte[] xy = java.util.Arrays.copyOfRange(b, off, off + 96);
        xy[0] &= 0x1f;
        if ((flags & INFINITY) != 0) {
            if (!allZero(xy)) {
                throw new IllegalArgumentException("G1 point: malformed infinity encoding");
            }
            return G1.INFINITY;
        }
        G1 p = G1.affine(Fp.fromBytesCanonical(xy, 0), Fp.fromBytesCanonical(xy, 48));
        if (!p.isOnCurve()) {
            throw new IllegalArgumentException("G1 point: not on the curve");
        }
        return p;
    }

    public static G2 g2FromCompressed(byte[] b) {
        return g2FromCompressed(b, 0);
    }

    public static G2 g2FromCompressed(byte[] b, int off) {
        requireLength(b, off, 96, "compressed G2");
        int flags = b[off] & 0xe0;
        if ((flags & COMPRESSED) == 0) {
            throw new IllegalArgumentException("G2 point: compression flag not set");
        }
        byte[] xb = java.util.Arrays.copyOfRange(b, off, off + 96);
        xb[0] &= 0x1f;
        if ((flags & INFINITY) != 0) {
            if ((flags & SIGN) != 0 || !allZero(xb)) {
                throw new IllegalArgumentException("G2 point: malformed infinity encoding");
            }
            return G2.INFINITY;
        }
        Fp2 x = new Fp2(Fp.fromBytesCanonical(xb, 48), Fp.fromBytesCanonical(xb, 0));
        Fp2 y = x.sqr().mul(x).add(G2.B).sqrt();
        if (y == null) {
            throw new IllegalArgumentException("G2 point: x is not on the curve");
        }
        if (y.lexicographicallyLargest() != ((flags & SIGN) != 0)) {
            y = y.neg();
        }
        return G2.affine(x, y);
    }

    public static G2 g2FromUncompressed(byte[] b, int off) {
        requireLength(b, off, 192, "uncompressed G2");
        int flags = b[off] & 0xe0;
        if ((flags & (COMPRESSED | SIGN)) != 0) {
            throw new IllegalArgumentException("G2 point: unexpected flags for uncompressed encoding");
        }
        byte[] xy = java.util.Arrays.copyOfRange(b, off, off + 192);
        xy[0] &= 0x1f;
        if ((flags & INFINITY) != 0) {
            if (!allZero(xy)) {
                throw new IllegalArgumentException("G2 point: malformed infinity encoding");
            }
            return G2.INFINITY;
        }
        Fp2 x = new Fp2(Fp.fromBytesCanonical(xy, 48), Fp.fromBytesCanonical(xy, 0));
        Fp2 y = new Fp2(Fp.fromBytesCanonical(xy, 144), Fp.fromBytesCanonical(xy, 96));
        G2 p = G2.affine(x, y);
        if (!p.isOnCurve()) {
            throw new IllegalArgumentException("G2 point: not on the curve");
        }
        return p;
    }

    public static byte[] g1Compressed(G1 p) {
        byte[] out = new byte[48];
        if (p.isInfinity()) {
            out[0] = (byte) (COMPRESSED | INFINITY);
            return out;
        }
        G1 a = p.toAffine();
        a.x.toBytes(out, 0);
        out[0] |= (byte) (COMPRESSED | (a.y.lexicographicallyLargest() ? SIGN : 0));
        return out;
    }

    public static byte[] g2Compressed(G2 p) {
        byte[] out = new byte[96];
        if (p.isInfinity()) {
            out[0] = (byte) (COMPRESSED | INFINITY);
            return out;
        }
        G2 a = p.toAffine();
        a.x.c1.toBytes(out, 0);
        a.x.c0.toBytes(out, 48);
        out[0] |= (byte) (COMPRESSED | (a.y.lexicographicallyLargest() ? SIGN : 0));
        return out;
    }

    public static byte[] g1Uncompressed(G1 p) {
        byte[] out = new byte[96];
        if (p.isInfinity()) {
            out[0] = (byte) INFINITY;
            return out;
        }
        G1 a = p.toAffine();
        a.x.toBytes(out, 0);
        a.y.toBytes(out, 48);
        return out;
    }

    public static byte[] g2Uncompressed(G2 p) {
        byte[] out = new byte[192];
        if (p.isInfinity()) {
            out[0] = (byte) INFINITY;
            return out;
        }
        G2 a = p.toAffine();
        a.x.c1.toBytes(out, 0);
        a.x.c0.toBytes(out, 48);
        a.y.c1.toBytes(out, 96);
        a.y.c0.toBytes(out, 144);
        return out;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static void requireLength(byte[] b, int off, int len, String what) {
        if (off < 0 || b.length - off < len) {
            throw new IllegalArgumentException(what + ": need " + len + " bytes, have " + Math.max(0, b.length - off));
        }
    }
}
