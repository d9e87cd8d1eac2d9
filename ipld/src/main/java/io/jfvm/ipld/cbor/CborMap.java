package io.jfvm.ipld.cbor;

import io.jfvm.ipld.IpldException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CBOR map with text keys, kept in DAG-CBOR canonical key order: shorter UTF-8 encodings first, then bytewise.
 */
public record CborMap(Map<String, CborValue> entries) implements CborValue {
    /** The canonical DAG-CBOR key order (RFC 7049 length-first over the UTF-8 bytes). */
    public static final Comparator<String> KEY_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return x.length != y.length ? Integer.compare(x.length, y.length) : Arrays.compareUnsigned(x, y);
    };

    public CborMap {
        TreeMap<String, CborValue> sorted = new TreeMap<>(KEY_ORDER);
        sorted.putAll(entries);
        entries = Collections.unmodifiableMap(sorted);
    }

    /** The value under {@code key}; fails naming the key if it is absent. */
    public CborValue require(String key) {
        CborValue v = entries.get(key);
        if (v == null) {
            throw new IpldException("map has no key \"" + key + "\" (keys: " + entries.keySet() + ")");
        }
        return v;
    }

    @Override
    public String kind() {
        return "map of " + entries.size();
    }
}
