package io.jfvm.ipld.cbor;

import java.util.Arrays;
import java.util.HexFormat;

/** A CBOR byte string. The array is owned by the value: do not modify it. */
public record CborBytes(byte[] bytes) implements CborValue {
    public static final CborBytes EMPTY = new CborBytes(new byte[0]);

    @Override
    public String kind() {
        return "byte string";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborBytes b && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "h'" + HexFormat.of().formatHex(bytes) + "'";
    }
}
