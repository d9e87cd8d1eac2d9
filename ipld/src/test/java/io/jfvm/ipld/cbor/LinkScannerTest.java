package io.jfvm.ipld.cbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkScannerTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Cid A = Cid.of(Multicodec.DAG_CBOR, new byte[] {(byte) 0x80});
    private static final Cid B = Cid.of(Multicodec.RAW, new byte[] {1});

    private static List<Cid> scan(String hex) {
        List<Cid> out = new ArrayList<>();
        LinkScanner.scan(HEX.parseHex(hex), out::add);
        return out;
    }

    private static String link(Cid c) {
        return HEX.formatHex(DagCbor.encode(new CborLink(c)));
    }

    @Test
    void findsLinksInEncodingOrder() {
        CborValue v = CborArray.of(CborInt.of(1000), new CborLink(A), new CborMap(Map.of("k", new CborLink(B))),
                new CborBytes(new byte[40]), new CborText("x"), new CborFloat(2.5));
        assertEquals(List.of(A, B), scan(HEX.formatHex(DagCbor.encode(v))));
    }

    @Test
    void acceptsWhatTheReferenceScannerAccepts() {
        // unsorted map keys, invalid UTF-8 and a foreign tag are not checked; its content is scanned
        assertEquals(List.of(A, B), scan("a2617a" + link(A) + "6161" + link(B)));
        assertEquals(List.of(A), scan("8262c328" + link(A)));
        assertEquals(List.of(A), scan("c1" + link(A)));
        assertEquals(List.of(A), scan(link(A) + "ffff")); // bytes after the first item are ignored
        assertTrue(scan("4a0102").isEmpty()); // a string running past the end ends the scan like a seek
    }

    @Test
    void rejectsWhatTheReferenceScannerRejects() {
        IpldException e = assertThrows(IpldException.class, () -> scan("821801" + link(A)));
        assertTrue(e.getMessage().contains("non-minimal head at offset 1"), e.getMessage());
        assertThrows(IpldException.class, () -> scan("9f" + link(A) + "ff"));
        assertThrows(IpldException.class, () -> scan("d82a01"));
        assertThrows(IpldException.class, () -> scan("82" + link(A)));
        assertThrows(IpldException.class, () -> scan("fa00000001")); // a 32-bit float whose bits fit 16 bits is "non-minimal"
    }
}
