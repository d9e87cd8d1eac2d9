package io.jfvm.ipld.amt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.store.MemoryBlockstore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AmtTest {
    private static final long[] SPARSE = {0, 1, 7, 8, 9, 63, 64, 1000, 4095, 4096, 1L << 20, (1L << 40) + 3};

    private static Cid build(MemoryBlockstore bs, int bitWidth, List<Long> indices) {
        Amt a = Amt.empty(bs, bitWidth);
        for (long i : indices) a.set(i, CborInt.of(i * 3));
        return a.flush();
    }

    private static List<Long> indices(int denseCount) {
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < denseCount; i++) out.add(i * 5);
        for (long s : SPARSE) if (!out.contains(s)) out.add(s);
        return out;
    }

    @Test
    void emptyRootEncoding() {
        MemoryBlockstore bs = new MemoryBlockstore();
        Cid root = Amt.empty(bs, 5).flush();
        // [bit_width 5, height 0, count 0, [bitmap of 4 zero bytes, [], []]]
        assertEquals("84050000834400000000 8080".replace(" ", ""), HexFormat.of().formatHex(bs.get(root)));
    }

    @Test
    void rootDependsOnlyOnContents() {
        for (int bw : new int[] {3, 5}) {
            MemoryBlockstore bs = new MemoryBlockstore();
            List<Long> all = indices(400);
            Cid expected = build(bs, bw, all);
            Random rnd = new Random(bw);
            for (int round = 0; round < 3; round++) {
                List<Long> shuffled = new ArrayList<>(all);
                Collections.shuffle(shuffled, rnd);
                assertEquals(expected, build(bs, bw, shuffled));
            }
            List<Long> kept = new ArrayList<>(all.subList(0, 100));
            Cid keptRoot = build(bs, bw, kept);
            for (int round = 0; round < 3; round++) {
                Amt a = Amt.load(bs, expected);
                List<Long> doomed = new ArrayList<>(all.subList(100, all.size()));
                Collections.shuffle(doomed, rnd);
                for (long i : doomed) assertEquals(CborInt.of(i * 3), a.delete(i));
                assertEquals(100, a.count());
                assertEquals(keptRoot, a.flush());
                for (long i : kept) assertEquals(CborInt.of(i * 3), a.get(i));
            }
            Amt a = Amt.load(bs, expected);
            for (long i : all) a.delete(i);
            assertEquals(0, a.height());
            assertEquals(Amt.empty(bs, bw).flush(), a.flush());
        }
    }

    @Test
    void growsAndShrinksInHeight() {
        MemoryBlockstore bs = new MemoryBlockstore();
        Amt a = Amt.empty(bs, 3);
        a.set(0, new CborText("zero"));
        assertEquals(0, a.height());
        a.set(100, new CborText("hundred"));
        assertEquals(2, a.height());
        assertNull(a.get(99));
        assertNull(a.get(1L << 50));
        Cid two = a.flush();
        Amt b = Amt.load(bs, two);
        assertEquals(new CborText("hundred"), b.get(100));
        b.delete(100);
        assertEquals(0, b.height());
        Amt c = Amt.empty(bs, 3);
        c.set(0, new CborText("zero"));
        assertEquals(c.flush(), b.flush());
        List<Long> seen = new ArrayList<>();
        Amt.load(bs, two).forEach((v, i) -> seen.add(i));
        assertEquals(List.of(0L, 100L), seen);
    }
}
