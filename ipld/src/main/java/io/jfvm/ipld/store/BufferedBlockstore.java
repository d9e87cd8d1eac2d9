package io.jfvm.ipld.store;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.Multihash;
import io.jfvm.ipld.cbor.LinkScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds writes in memory until {@link #flush(Cid)}, which copies to the base store only the buffered blocks
 * reachable from the given root, following ref-fvm's {@code BufferedBlockstore}: links are followed through
 * dag-cbor blocks (found by {@link LinkScanner}, which accepts what the reference scanner accepts); raw/dag-cbor blake2b-256 CIDs are copied; raw identity CIDs and Filecoin commitments are
 * skipped; dag-cbor identity CIDs are scanned inline; any other CID shape is an error. A reachable block missing
 * from the buffer is assumed to be in the base store already. The buffer is kept after a flush, as in ref-fvm.
 * Not thread-safe.
 */
public final class BufferedBlockstore implements Blockstore {
    private final Blockstore base;
    private final Map<Cid, byte[]> buffer = new HashMap<>();

    public BufferedBlockstore(Blockstore base) {
        this.base = base;
    }

    public Blockstore base() {
        return base;
    }

    @Override
    public byte[] get(Cid cid) {
        byte[] data = buffer.get(cid);
        return data != null ? data : base.get(cid);
    }

    @Override
    public void put(Cid cid, byte[] data) {
        buffer.put(cid, data);
    }

    @Override
    public boolean has(Cid cid) {
        return buffer.containsKey(cid) || base.has(cid);
    }

    /** Number of blocks currently held in the write buffer. */
    public int bufferedCount() {
        return buffer.size();
    }

    /** Writes the buffered blocks reachable from {@code root} to the base store; returns how many were written. */
    public int flush(Cid root) {
        List<Cid> order = new ArrayList<>();
        collect(root, new HashSet<>(), order);
        List<Block> blocks = new ArrayList<>(order.size());
        for (Cid cid : order) {
            blocks.add(new Block(cid, buffer.get(cid)));
        }
        base.putMany(blocks);
        return blocks.size();
    }

    /** Depth-first, children before parents, so a base store never holds a parent whose children are missing. */
    private void collect(Cid cid, Set<Cid> visited, List<Cid> out) {
        long codec = cid.codec();
        long hash = cid.multihash().code();
        if (codec == Multicodec.FIL_COMMITMENT_SEALED || codec == Multicodec.FIL_COMMITMENT_UNSEALED) {
            return;
        }
        if (hash == Multihash.IDENTITY) {
            if (codec == Multicodec.DAG_CBOR) {
                LinkScanner.scan(cid.multihash().digest(), link -> collect(link, visited, out));
                return;
            }
            if (codec == Multicodec.RAW) {
                return;
            }
        }
        boolean blake = hash == Multihash.BLAKE2B_256 && cid.multihash().digestLength() == 32;
        if (!blake || (codec != Multicodec.RAW && codec != Multicodec.DAG_CBOR)) {
            throw new IpldException("cannot flush link " + cid + ": unexpected codec " + Multicodec.name(codec)
                    + ", hash " + Multihash.name(hash) + " or digest length " + cid.multihash().digestLength());
        }
        byte[] data = buffer.get(cid);
        if (data == null || !visited.add(cid)) {
            return;
        }
        if (codec == Multicodec.DAG_CBOR) {
            LinkScanner.scan(data, link -> collect(link, visited, out));
        }
        out.add(cid);
    }
}
