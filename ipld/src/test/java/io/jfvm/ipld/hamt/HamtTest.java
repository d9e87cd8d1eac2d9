package io.jfvm.ipld.hamt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.types.Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HamtTest {
    private static List<byte[]> keys(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Address.id(1000 + i).toBytes());
        return out;
    }

    private static Cid build(MemoryBlockstore bs, List<byte[]> keys) {
        Hamt h = Hamt.empty(bs, Hamt.DEFAULT_BIT_WIDTH);
        for (byte[] k : keys) h.set(k, CborInt.of(k.length * 31L + k[k.length - 1]));
        return h.flush();
    }

    @Test
    void emptyHamtEncodesAsEmptyBitfieldAndPointers() {
        MemoryBlockstore bs = new MemoryBlockstore();
        Cid root = Hamt.empty(bs, 5).flush();
        assertEquals("8240 80".replace(" ", ""), java.util.HexFormat.of().formatHex(bs.get(root)));
    }

    @Test
    void rootDependsOnlyOnContents() {
        MemoryBlockstore bs = new MemoryBlockstore();
        List<byte[]> all = keys(600);
        Cid expected = build(bs, all);
        Random rnd = new Random(42);
        for (int round = 0; round < 3; round++) {
            List<byte[]> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, rnd);
            assertEquals(expected, build(bs, shuffled));
        }

        List<byte[]> kept = new ArrayList<>(all.subList(0, 250));
        Cid keptRoot = build(bs, kept);
        for (int round = 0; round < 3; round++) {
            List<byte[]> order = new ArrayList<>(all);
            Collections.shuffle(order, rnd);
            Hamt h = Hamt.load(bs, expected, 5);
            List<byte[]> doomed = new ArrayList<>(all.subList(250, 600));
            Collections.shuffle(doomed, rnd);
            for (byte[] k : doomed) {
                CborValue removed = h.delete(k);
                assertEquals(CborInt.of(k.length * 31L + k[k.length - 1]), removed);
            }
            assertNull(h.delete(doomed.get(0)));
            assertEquals(keptRoot, h.flush());
        }

        Hamt h = Hamt.load(bs, expected, 5);
        for (byte[] k : all) h.delete(k);
        assertEquals(Hamt.empty(bs, 5).flush(), h.flush());
    }

    @Test
    void interleavedSetsAndDeletesWithFlushesStayCanonical() {
        MemoryBlockstore bs = new MemoryBlockstore();
        List<byte[]> all = keys(300);
        Hamt h = Hamt.empty(bs, 5);
        Random rnd = new Random(7);
        for (int i = 0; i < 3000; i++) {
            byte[] k = all.get(rnd.nextInt(all.size()));
            if (rnd.nextBoolean()) h.set(k, CborInt.of(i)); else h.delete(k);
            if (i % 500 == 0) h = Hamt.load(bs, h.flush(), 5);
        }
        List<byte[]> present = new ArrayList<>();
        List<CborValue> values = new ArrayList<>();
        h.forEach((k, v) -> {
            present.add(k);
            values.add(v);
        });
        Hamt fresh = Hamt.empty(bs, 5);
        for (int i = present.size() - 1; i >= 0; i--) fresh.set(present.get(i), values.get(i));
        assertEquals(fresh.flush(), h.flush());
    }

    @Test
    void bitfieldIsBigEndianWithoutLeadingZeros() {
        MemoryBlockstore bs = new MemoryBlockstore();
        Hamt h = Hamt.empty(bs, 5);
        for (byte[] k : keys(400)) h.set(k, CborInt.of(0));
        CborValue root = bs.getCbor(h.flush());
        assertEquals("ffffffff", HexFormat.of().formatHex(root.asList().get(0).asBytes()));

        Hamt one = Hamt.empty(bs, 8);
        one.set(new byte[] {1}, CborInt.of(1));
        byte[] bits = bs.getCbor(one.flush()).asList().get(0).asBytes();
        int slot = Hashes.sha256(new byte[] {1})[0] & 0xFF;
        assertEquals(slot / 8 + 1, bits.length);
        assertEquals(1 << (slot % 8), bits[0] & 0xFF);
    }

    @Test
    void malformedNodesAreRejected() {
        MemoryBlockstore bs = new MemoryBlockstore();
        Cid tooFew = bs.putCbor(CborArray.of(new CborBytes(new byte[] {3}), CborArray.EMPTY));
        IpldException e = assertThrows(IpldException.class, () -> Hamt.load(bs, tooFew, 5));
        assertTrue(e.getMessage().contains("bitfield has 2 bits set but 0 pointers"), e.getMessage());
        Cid tooWide = bs.putCbor(CborArray.of(new CborBytes(new byte[] {1, 0, 0, 0, 0}), CborArray.EMPTY));
        e = assertThrows(IpldException.class, () -> Hamt.load(bs, tooWide, 5));
        assertTrue(e.getMessage().contains("sets slot 32 beyond bit width 5"), e.getMessage());
    }

    @Test
    void getSetOverwrite() {
        MemoryBlockstore bs = new MemoryBlockstore();
        Hamt h = Hamt.empty(bs, 5);
        byte[] k = Address.id(5).toBytes();
        assertNull(h.set(k, CborInt.of(1)));
        Cid one = h.flush();
        assertEquals(CborInt.of(1), h.set(k, CborInt.of(2)));
        assertNotEquals(one, h.flush());
        h.set(k, CborInt.of(1));
        assertEquals(one, h.flush());
        assertEquals(CborInt.of(1), Hamt.load(bs, one, 5).get(k));
    }
}
