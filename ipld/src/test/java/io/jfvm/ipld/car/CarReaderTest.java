package io.jfvm.ipld.car;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborMap;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.Varint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CarReaderTest {
    private static final Block A = Block.of(Multicodec.DAG_CBOR, DagCbor.encode(new CborText("a")));
    private static final Block B = Block.of(Multicodec.RAW, new byte[] {1, 2, 3});

    private static byte[] car(Block... blocks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarWriter w = new CarWriter(out, List.of(A.cid()));
        for (Block b : blocks) w.write(b);
        return out.toByteArray();
    }

    private static List<Block> readAll(byte[] data) throws IOException {
        try (CarReader r = CarReader.open(new ByteArrayInputStream(data))) {
            List<Block> out = new java.util.ArrayList<>();
            r.forEach(out::add);
            return out;
        }
    }

    @Test
    void readsPlainAndGzippedCars() throws IOException {
        byte[] plain = car(A, B);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(plain);
        }
        for (byte[] input : List.of(plain, gz.toByteArray())) {
            try (CarReader r = CarReader.open(new ByteArrayInputStream(input))) {
                assertEquals(List.of(A.cid()), r.roots());
                Block a = r.next();
                assertEquals(A.cid(), a.cid());
                assertArrayEquals(A.data(), a.data());
                assertEquals(B.cid(), r.next().cid());
                assertNull(r.next());
            }
        }
    }

    @Test
    void truncatedCarIsRejected() throws IOException {
        byte[] full = car(A, B);
        IpldException e = assertThrows(IpldException.class, () -> readAll(Arrays.copyOf(full, full.length - 2)));
        assertTrue(e.getMessage().contains("CAR: truncated block section: expected"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at offset " + (full.length - 2)), e.getMessage()); // where the input ran out
        e = assertThrows(IpldException.class, () -> readAll(new byte[0]));
        assertTrue(e.getMessage().contains("no header"), e.getMessage());
        e = assertThrows(IpldException.class, () -> readAll(new byte[] {(byte) 0x80}));
        assertTrue(e.getMessage().contains("truncated varint at offset 1"), e.getMessage());
    }

    @Test
    void wrongBlockHashIsRejected() throws IOException {
        byte[] bad = car(A, B);
        bad[bad.length - 1] ^= 1; // last byte of B's data
        IpldException e = assertThrows(IpldException.class, () -> readAll(bad));
        assertTrue(e.getMessage().contains("block content does not match its CID " + B.cid()), e.getMessage());
        int secondSection = car(A).length;
        assertTrue(e.getMessage().endsWith("at offset " + secondSection), e.getMessage());
    }

    @Test
    void badHeadersAreRejected() throws IOException {
        byte[] v2 = DagCbor.encode(new CborMap(Map.of("roots", CborArray.EMPTY, "version", CborInt.of(2))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Varint.encode(v2.length));
        out.write(v2);
        IpldException e = assertThrows(IpldException.class, () -> readAll(out.toByteArray()));
        assertTrue(e.getMessage().contains("unsupported CAR version 2"), e.getMessage());

        byte[] nonCanonical = {0x03, (byte) 0x9f, 0x01, (byte) 0xff};
        e = assertThrows(IpldException.class, () -> readAll(nonCanonical));
        assertTrue(e.getMessage().contains("CAR header") && e.getMessage().contains("indefinite"), e.getMessage());
    }
}
