package io.jfvm.ipld.cbor;

import io.jfvm.ipld.IpldException;
import java.math.BigInteger;

/**
 * A CBOR integer: major type 0 ({@code head}) or major type 1 ({@code -1 - head}), with {@code head} an unsigned
 * 64-bit value. This covers the full u64 and "i65" negative ranges that CBOR can carry.
 */
public record CborInt(long head, boolean negative) implements CborValue {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    public static CborInt of(long value) {
        return value >= 0 ? new CborInt(value, false) : new CborInt(-1 - value, true);
    }

    /** An unsigned 64-bit value given as the bits of a long. */
    public static CborInt ofU64(long bits) {
        return new CborInt(bits, false);
    }

    public static CborInt of(BigInteger value) {
        if (value.signum() >= 0) {
            if (value.bitLength() > 64) throw new IpldException("integer " + value + " does not fit CBOR");
            return new CborInt(value.longValue(), false);
        }
        BigInteger head = value.negate().subtract(BigInteger.ONE);
        if (head.bitLength() > 64) throw new IpldException("integer " + value + " does not fit CBOR");
        return new CborInt(head.longValue(), true);
    }

    public BigInteger bigValue() {
        BigInteger h = head >= 0 ? BigInteger.valueOf(head) : BigInteger.valueOf(head).add(TWO_64);
        return negative ? h.negate().subtract(BigInteger.ONE) : h;
    }

    /** The value as a signed long; fails if it is out of range. */
    public long longValueExact() {
        if (head < 0) {
            throw new IpldException("integer " + bigValue() + " does not fit a signed 64-bit value");
        }
        return negative ? -1 - head : head;
    }

    /** The value as an unsigned 64-bit value; fails for negative integers. */
    public long u64() {
        if (negative) {
            throw new IpldException("expected an unsigned integer, got " + bigValue());
        }
        return head;
    }

    @Override
    public String kind() {
        return negative ? "negative integer" : "unsigned integer";
    }
}
