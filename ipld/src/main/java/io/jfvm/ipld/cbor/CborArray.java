package io.jfvm.ipld.cbor;

import java.util.List;

/** A definite-length CBOR array; Filecoin structs are encoded as such tuples. */
public record CborArray(List<CborValue> items) implements CborValue {
    public static final CborArray EMPTY = new CborArray(List.of());

    public CborArray {
        items = List.copyOf(items);
    }

    public static CborArray of(CborValue... items) {
        return new CborArray(List.of(items));
    }

    @Override
    public String kind() {
        return "array of " + items.size();
    }
}
