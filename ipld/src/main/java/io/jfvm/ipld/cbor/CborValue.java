package io.jfvm.ipld.cbor;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import java.math.BigInteger;
import java.util.List;

/**
 * A decoded DAG-CBOR data item. The model holds exactly what DAG-CBOR can express, so encoding a decoded
 * value gives back the same bytes. The {@code as...} accessors throw {@link IpldException} naming the expected
 * and the actual kind, which is how typed decoders report shape errors.
 */
public sealed interface CborValue
        permits CborInt, CborBytes, CborText, CborArray, CborMap, CborLink, CborBool, CborNull, CborFloat {

    /** A short name of the kind for error messages. */
    String kind();

    default IpldException wrongKind(String expected) {
        return new IpldException("expected " + expected + ", got " + kind());
    }

    default CborInt asInt() {
        if (this instanceof CborInt i) return i;
        throw wrongKind("integer");
    }

    /** An integer that fits a signed long (most Filecoin counters and ids). */
    default long asLong() {
        return asInt().longValueExact();
    }

    /** A non-negative integer read as a u64 (the bits of the returned long). */
    default long asU64() {
        return asInt().u64();
    }

    default BigInteger asBigInteger() {
        return asInt().bigValue();
    }

    default byte[] asBytes() {
        if (this instanceof CborBytes b) return b.bytes();
        throw wrongKind("byte string");
    }

    default String asText() {
        if (this instanceof CborText t) return t.value();
        throw wrongKind("text string");
    }

    default List<CborValue> asList() {
        if (this instanceof CborArray a) return a.items();
        throw wrongKind("array");
    }

    /** An array of exactly {@code size} items (a Rust tuple struct). */
    default List<CborValue> asTuple(int size, String what) {
        List<CborValue> items = asList();
        if (items.size() != size) {
            throw new IpldException(what + ": expected a tuple of " + size + " fields, got " + items.size());
        }
        return items;
    }

    default CborMap asMap() {
        if (this instanceof CborMap m) return m;
        throw wrongKind("map");
    }

    default Cid asCid() {
        if (this instanceof CborLink l) return l.cid();
        throw wrongKind("CID link");
    }

    default boolean asBool() {
        if (this instanceof CborBool b) return b.value();
        throw wrongKind("boolean");
    }

    default boolean isNull() {
        return this instanceof CborNull;
    }
}
