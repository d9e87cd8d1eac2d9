package io.jfvm.ipld.cbor;

/** A CBOR text string (valid UTF-8). */
public record CborText(String value) implements CborValue {
    @Override
    public String kind() {
        return "text string";
    }
}
