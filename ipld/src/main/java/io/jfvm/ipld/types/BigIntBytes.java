package io.jfvm.ipld.types;

import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborValue;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Filecoin's BigInt serialization (fvm_shared {@code bigint_ser}): a CBOR byte string, empty for zero, otherwise a
 * sign byte (0x00 positive, 0x01 negative) and the big-endian magnitude. Decoding accepts exactly what ref-fvm
 * accepts, including redundant leading zero bytes, so that messages the reference takes are not refused here.
 */
public final class BigIntBytes {
    /** ref-fvm's limit on the serialized length. */
    public static final int MAX_BYTES = 128;

    private BigIntBytes() {}

    public static byte[] encode(BigInteger v) {
        if (v.signum() == 0) {
            return new byte[0];
        }
        byte[] mag = v.abs().toByteArray();
        int skip = mag[0] == 0 ? 1 : 0;
        byte[] out = new byte[1 + mag.length - skip];
        out[0] = (byte) (v.signum() < 0 ? 1 : 0);
        System.arraycopy(mag, skip, out, 1, mag.length - skip);
        return out;
    }

    public static BigInteger decode(byte[] b) {
        if (b.length > MAX_BYTES) {
            throw new IpldException("big integer of " + b.length + " bytes exceeds " + MAX_BYTES);
        }
        if (b.length == 0) {
            return BigInteger.ZERO;
        }
        BigInteger mag = new BigInteger(1, Arrays.copyOfRange(b, 1, b.length));
        switch (b[0]) {
            case 0: return mag;
            case 1: return mag.negate();
            default: throw IpldException.at(0, "big integer has invalid sign byte " + (b[0] & 0xFF));
        }
    }

    public static CborValue toCbor(BigInteger v) {
        return new CborBytes(encode(v));
    }

    public static BigInteger fromCbor(CborValue v) {
        return decode(v.asBytes());
    }
}
