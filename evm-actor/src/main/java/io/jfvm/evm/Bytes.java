package io.jfvm.evm;

import java.math.BigInteger;
import java.util.Arrays;

/** Byte helpers shared by the encoders. */
final class Bytes {
    private Bytes() {}

    /** Writes the unsigned {@code v} big-endian into {@code out[pos..pos+width)}, left-padded with zeros. */
    static void writePadded(BigInteger v, byte[] out, int pos, int width) {
        byte[] b = unsigned(v);
        if (b.length > width) {
            throw new IllegalArgumentException(v + " does not fit in " + width + " bytes");
        }
        System.arraycopy(b, 0, out, pos + width - b.length, b.length);
    }

    /** The minimal big-endian bytes of the non-negative {@code v} (empty for zero). */
    static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }
}
