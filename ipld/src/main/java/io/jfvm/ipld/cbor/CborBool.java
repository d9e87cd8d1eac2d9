package io.jfvm.ipld.cbor;

/** CBOR {@code true} or {@code false}. */
public record CborBool(boolean value) implements CborValue {
    public static final CborBool TRUE = new CborBool(true);
    public static final CborBool FALSE = new CborBool(false);

    public static CborBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public String kind() {
        return "boolean";
    }
}
