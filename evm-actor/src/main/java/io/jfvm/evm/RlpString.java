package io.jfvm.evm;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An RLP byte string. Equality compares the bytes only, not where they were decoded from.
 *
 * @param bytes  the content (owned by the item, not copied)
 * @param offset the offset of the item's prefix byte in its input, or -1
 */
public record RlpString(byte[] bytes, int offset) implements RlpItem {
    public static final RlpString EMPTY = new RlpString(new byte[0], -1);

    public static RlpString of(byte[] bytes) {
        return new RlpString(bytes, -1);
    }

    /**
     * An unsigned integer in RLP's canonical form: big-endian without leading zero bytes, zero as the empty string
     * (Ethereum yellow paper, appendix B; fevm.md §5.3 "integers are minimal big-endian").
     */
    public static RlpString ofUnsigned(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
        }
        return value.signum() == 0 ? EMPTY : of(Bytes.unsigned(value));
    }

    /** An unsigned 64-bit integer (the bits of {@code u64}) in canonical form. */
    public static RlpString ofUnsigned(long u64) {
        int skip = Long.numberOfLeadingZeros(u64) / 8;
        byte[] out = new byte[8 - skip];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (u64 >>> (8 * (out.length - 1 - i)));
        }
        return of(out);
    }

    @Override
    public String kind() {
        return "byte string";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RlpString s && Arrays.equals(s.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
