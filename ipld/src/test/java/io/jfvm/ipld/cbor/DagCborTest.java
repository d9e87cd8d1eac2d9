package io.jfvm.ipld.cbor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.types.StateRoot;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagCborTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String hex(CborValue v) {
        return HEX.formatHex(DagCbor.encode(v));
    }

    private static String rejection(String hexInput) {
        return assertThrows(IpldException.class, () -> DagCbor.decode(HEX.parseHex(hexInput))).getMessage();
    }

    @Test
    void integersUseShortestHeads() {
        assertEquals("17", hex(CborInt.of(23)));
        assertEquals("1818", hex(CborInt.of(24)));
        assertEquals("18ff", hex(CborInt.of(255)));
        assertEquals("190100", hex(CborInt.of(256)));
        assertEquals("1a00010000", hex(CborInt.of(65536)));
        assertEquals("1b0000000100000000", hex(CborInt.of(1L << 32)));
        assertEquals("1bffffffffffffffff", hex(CborInt.ofU64(-1L)));
        assertEquals("20", hex(CborInt.of(-1)));
        assertEquals("3bffffffffffffffff", hex(CborInt.of(BigInteger.TWO.pow(64).negate())));
        assertEquals(BigInteger.TWO.pow(64).negate(), DagCbor.decode(HEX.parseHex("3bffffffffffffffff")).asBigInteger());
    }

    @Test
    void linksAreTag42WithIdentityPrefix() {
        String h = hex(new CborLink(StateRoot.EMPTY_ARRAY_CID));
        assertTrue(h.startsWith("d82a582700017 1a0e402".replace(" ", "")), h);
        assertEquals(new CborLink(StateRoot.EMPTY_ARRAY_CID), DagCbor.decode(HEX.parseHex(h)));
    }

    @Test
    void mapKeysAreWrittenInCanonicalOrder() {
        Map<String, CborValue> m = new LinkedHashMap<>();
        m.put("version", CborInt.of(1));
        m.put("roots", CborArray.EMPTY);
        m.put("aa", CborNull.NULL);
        assertEquals("a3626161f665726f6f747380677665727369 6f6e01".replace(" ", ""), hex(new CborMap(m)));
    }

    @Test
    void valuesRoundTrip() {
        CborValue v = CborArray.of(CborInt.of(-5), new CborBytes(new byte[] {1, 2}), new CborText("héllo"),
                CborBool.TRUE, CborBool.FALSE, CborNull.NULL, new CborFloat(1.5),
                new CborMap(Map.of("k", CborArray.EMPTY)), new CborLink(StateRoot.EMPTY_ARRAY_CID));
        byte[] b = DagCbor.encode(v);
        assertEquals(v, DagCbor.decode(b));
        assertArrayEquals(b, DagCbor.encode(DagCbor.decode(b)));
    }

    @Test
    void nonCanonicalInputIsRejectedWithOffsets() {
        assertTrue(rejection("8218050c").contains("non-minimal integer head: 5 encoded in 1 bytes at offset 1"),
                rejection("8218050c"));
        assertTrue(rejection("190010").contains("non-minimal"));
        assertTrue(rejection("1a0000ffff").contains("non-minimal"));
        assertTrue(rejection("1b00000000ffffffff").contains("non-minimal"));
        assertTrue(rejection("9f01ff").matches("CBOR: indefinite-length item .* at offset 0"), rejection("9f01ff"));
        assertTrue(rejection("5f4101ff").contains("indefinite"));
        assertTrue(rejection("8201c11a00000000").contains("unknown tag 1 (DAG-CBOR allows only tag 42) at offset 2"),
                rejection("8201c11a00000000"));
        assertTrue(rejection("0102").contains("1 trailing bytes after the CBOR item at offset 1"), rejection("0102"));
        assertTrue(rejection("f93c00").contains("16-bit float"));
        assertTrue(rejection("fa3fc00000").contains("32-bit float"));
        assertTrue(rejection("fb7ff8000000000000").contains("non-finite"));
        assertTrue(rejection("f7").contains("undefined"));
        assertTrue(rejection("a2617a01616101").contains("out of canonical order"), rejection("a2617a01616101"));
        assertTrue(rejection("a2616101616102").contains("duplicate map key"));
        assertTrue(rejection("a10101").contains("map key is not a text string"));
        assertTrue(rejection("62c328").contains("not valid UTF-8 at offset 0"));
        assertTrue(rejection("8301").contains("array of 3 items exceeds"), rejection("8301"));
        assertTrue(rejection("820102 03".replace(" ", "")).contains("trailing"));
        assertTrue(rejection("4401").contains("byte string of 4 bytes exceeds the 1 remaining bytes at offset 0"));
        assertTrue(rejection("d82a4101").contains("0x00 multibase prefix at offset 3"), rejection("d82a4101"));
        assertTrue(rejection("d82a01").contains("tag 42 must wrap a byte string"));
        assertTrue(rejection("").contains("unexpected end of input at offset 0"));
    }

    @Test
    void tupleAccessorsNameTheProblem() {
        CborValue v = CborArray.of(CborInt.of(1));
        IpldException e = assertThrows(IpldException.class, () -> v.asTuple(2, "thing"));
        assertEquals("thing: expected a tuple of 2 fields, got 1", e.getMessage());
        e = assertThrows(IpldException.class, () -> v.asList().get(0).asBytes());
        assertEquals("expected byte string, got unsigned integer", e.getMessage());
        assertEquals(List.of(CborInt.of(1)), v.asList());
    }
}
