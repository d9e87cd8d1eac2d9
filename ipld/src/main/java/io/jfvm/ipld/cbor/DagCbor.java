package io.jfvm.ipld.cbor;

/** Entry points for whole-block DAG-CBOR encoding and strict decoding. */
public final class DagCbor {
    private DagCbor() {}

    /** Canonical encoding of a value tree. */
    public static byte[] encode(CborValue value) {
        return new CborWriter().write(value).toByteArray();
    }

    /** Strict decoding of exactly one item filling {@code data}. */
    public static CborValue decode(byte[] data) {
        return CborReader.decodeExact(data);
    }
}
