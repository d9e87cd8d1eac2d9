package io.jfvm.ipld.cbor;

/** CBOR {@code null} (Rust {@code None}). */
public record CborNull() implements CborValue {
    public static final CborNull NULL = new CborNull();

    @Override
    public String kind() {
        return "null";
    }
}
