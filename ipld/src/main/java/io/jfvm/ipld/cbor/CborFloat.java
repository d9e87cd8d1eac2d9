package io.jfvm.ipld.cbor;

/** A finite 64-bit float; DAG-CBOR always encodes floats in 8 bytes and forbids NaN and infinities. */
public record CborFloat(double value) implements CborValue {
    public CborFloat {
        if (!Double.isFinite(value)) {
            throw new io.jfvm.ipld.IpldException("DAG-CBOR forbids non-finite float " + value);
        }
    }

    @Override
    public String kind() {
        return "float";
    }
}
