package io.jfvm.ipld.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.Multihash;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.cbor.DagCbor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockstoreTest {
    @Test
    void bufferedFlushCopiesOnlyWhatTheRootReaches() {
        MemoryBlockstore base = new MemoryBlockstore();
        BufferedBlockstore buf = new BufferedBlockstore(base);
        Cid leaf = buf.putCbor(new CborText("leaf"));
        Cid raw = buf.put(Multicodec.RAW, new byte[] {1, 2, 3});
        Cid sealed = Cid.v1(Multicodec.FIL_COMMITMENT_SEALED, Multihash.of(Multihash.POSEIDON_BLS12_381_A1_FC1, new byte[32]));
        Cid inline = Cid.v1(Multicodec.DAG_CBOR,
                Multihash.compute(Multihash.IDENTITY, DagCbor.encode(CborArray.of(new CborLink(leaf)))));
        Cid mid = buf.putCbor(CborArray.of(new CborLink(inline), new CborLink(raw), new CborLink(sealed)));
        Cid root = buf.putCbor(CborArray.of(new CborLink(mid), CborInt.of(1)));
        Cid unreachable = buf.putCbor(new CborText("orphan"));
        assertNull(base.get(root));
        assertArrayEquals(buf.get(root), DagCbor.encode(CborArray.of(new CborLink(mid), CborInt.of(1))));

        assertEquals(4, buf.flush(root));
        for (Cid c : List.of(root, mid, raw, leaf)) assertTrue(base.has(c), c.toString());
        assertFalse(base.has(unreachable));
    }

    @Test
    void bufferedFlushRejectsUnexpectedLinks() {
        BufferedBlockstore buf = new BufferedBlockstore(new MemoryBlockstore());
        Cid sha = Cid.v1(Multicodec.DAG_CBOR, Multihash.compute(Multihash.SHA2_256, new byte[] {1}));
        Cid root = buf.putCbor(CborArray.of(new CborLink(sha)));
        IpldException e = assertThrows(IpldException.class, () -> buf.flush(root));
        assertTrue(e.getMessage().contains("hash sha2-256"), e.getMessage());
    }

    @Test
    void missingBlocksAreReportedWithTheirCid() {
        Cid absent = Cid.of(Multicodec.DAG_CBOR, new byte[] {(byte) 0x80, 0});
        BlockNotFoundException e = assertThrows(BlockNotFoundException.class, () -> new MemoryBlockstore().getCbor(absent));
        assertEquals(absent, e.cid());
    }

    @Test
    void lmdbStorePersistsAcrossReopen(@TempDir Path dir) {
        Block a = Block.of(Multicodec.DAG_CBOR, DagCbor.encode(new CborText("a")));
        Block b = Block.of(Multicodec.RAW, new byte[] {9, 9});
        try (LmdbBlockstore store = LmdbBlockstore.open(dir, 1 << 24)) {
            store.putMany(List.of(a, b));
            store.put(a.cid(), a.data());
            assertEquals(2, store.size());
        }
        try (LmdbBlockstore store = LmdbBlockstore.open(dir, 1 << 24)) {
            assertArrayEquals(a.data(), store.get(a.cid()));
            assertArrayEquals(b.data(), store.get(b.cid()));
            assertEquals(new CborText("a"), store.getCbor(a.cid()));
            assertFalse(store.has(Cid.of(Multicodec.RAW, new byte[0])));
        }
    }
}
