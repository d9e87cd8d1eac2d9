package io.jfvm.ipld.hamt;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.hamt.HamtNode.Bucket;
import io.jfvm.ipld.hamt.HamtNode.Entry;
import io.jfvm.ipld.hamt.HamtNode.Link;
import io.jfvm.ipld.store.BlockNotFoundException;
import io.jfvm.ipld.store.Blockstore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A hash array mapped trie in the Filecoin (go-hamt-ipld v3 / fvm_ipld_hamt) format, mapping byte keys to
 * DAG-CBOR values. Keys are hashed with SHA-256 and the hash is consumed {@code bitWidth} bits per level,
 * most significant bit first. Buckets hold at most three entries sorted by key; a fourth pushes them all one level
 * down, and deletes collapse sparse children back, so the root CID depends only on the contents. Nodes are
 * loaded lazily, so a partial blockstore is enough as long as the touched paths are present. Not thread-safe.
 */
public final class Hamt {
    /** Entries per bucket ({@code MAX_ARRAY_WIDTH}). */
    public static final int MAX_BUCKET = 3;
    /** Bit width of the state tree, the init actor's address map and most builtin-actor maps. */
    public static final int DEFAULT_BIT_WIDTH = 5;
    private static final Comparator<byte[]> KEY_ORDER = Arrays::compareUnsigned;

    private final Blockstore store;
    private final int bitWidth;
    private final HamtNode root;

    private Hamt(Blockstore store, int bitWidth, HamtNode root) {
        if (bitWidth < 1 || bitWidth > 8) {
            throw new IllegalArgumentException("HAMT bit width must be 1..8, got " + bitWidth);
        }
        this.store = store;
        this.bitWidth = bitWidth;
        this.root = root;
    }

    public static Hamt empty(Blockstore store, int bitWidth) {
        return new Hamt(store, bitWidth, new HamtNode());
    }

    /** Opens the HAMT rooted at {@code root}; only the root node is read now. */
    public static Hamt load(Blockstore store, Cid root, int bitWidth) {
        return new Hamt(store, bitWidth, loadNode(store, root, bitWidth));
    }

    private static HamtNode loadNode(Blockstore store, Cid cid, int bitWidth) {
        try {
            return HamtNode.fromCbor(store.getCbor(cid), bitWidth);
        } catch (BlockNotFoundException e) {
            throw e;
        } catch (IpldException e) {
            throw new IpldException("HAMT node " + cid + ": " + e.getMessage(), e);
        }
    }

    private HamtNode child(Link link) {
        if (link.node == null) {
            link.node = loadNode(store, link.cid, bitWidth);
        }
        return link.node;
    }

    private int slot(byte[] hash, int depth) {
        int start = depth * bitWidth;
        if (start + bitWidth > hash.length * 8) {
            throw new IpldException("HAMT depth " + depth + " exhausts the 256-bit key hash");
        }
        int slot = 0;
        for (int i = start; i < start + bitWidth; i++) {
            slot = (slot << 1) | ((hash[i >>> 3] >>> (7 - (i & 7))) & 1);
        }
        return slot;
    }

    /** The value under {@code key}, or null. */
    public CborValue get(byte[] key) {
        byte[] hash = Hashes.sha256(key);
        HamtNode node = root;
        for (int depth = 0; ; depth++) {
            int slot = slot(hash, depth);
            if (!node.has(slot)) {
                return null;
            }
            HamtNode.Pointer p = node.pointers.get(node.rank(slot));
            if (p instanceof Link l) {
                node = child(l);
            } else {
                for (Entry e : ((Bucket) p).entries) {
                    if (Arrays.equals(e.key(), key)) return e.value();
                }
                return null;
            }
        }
    }

    /** Stores {@code value} under {@code key}; returns the previous value or null. */
    public CborValue set(byte[] key, CborValue value) {
        CborValue previous = get(key);
        if (value.equals(previous)) {
            return previous; // unchanged: keep the cached CIDs along the path
        }
        set(root, Hashes.sha256(key), 0, new Entry(key.clone(), value));
        return previous;
    }

    private void set(HamtNode node, byte[] hash, int depth, Entry entry) {
        int slot = slot(hash, depth);
        if (!node.has(slot)) {
            node.insert(slot, new Bucket(new ArrayList<>(List.of(entry))));
            return;
        }
        int rank = node.rank(slot);
        HamtNode.Pointer p = node.pointers.get(rank);
        if (p instanceof Link l) {
            set(child(l), hash, depth + 1, entry);
            l.cid = null;
            return;
        }
        List<Entry> entries = ((Bucket) p).entries;
        int at = search(entries, entry.key());
        if (at >= 0) {
            entries.set(at, entry);
        } else if (entries.size() < MAX_BUCKET) {
            entries.add(-at - 1, entry);
        } else {
            HamtNode sub = new HamtNode();
            for (Entry e : entries) {
                set(sub, Hashes.sha256(e.key()), depth + 1, e);
            }
            set(sub, hash, depth + 1, entry);
            node.pointers.set(rank, new Link(null, sub));
        }
    }

    private static int search(List<Entry> entries, byte[] key) {
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = KEY_ORDER.compare(entries.get(mid).key(), key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -lo - 1;
    }

    /** Removes {@code key}; returns the removed value or null if it was absent. */
    public CborValue delete(byte[] key) {
        return delete(root, Hashes.sha256(key), 0, key);
    }

    private CborValue delete(HamtNode node, byte[] hash, int depth, byte[] key) {
        int slot = slot(hash, depth);
        if (!node.has(slot)) {
            return null;
        }
        int rank = node.rank(slot);
        HamtNode.Pointer p = node.pointers.get(rank);
        if (p instanceof Link l) {
            HamtNode sub = child(l);
            CborValue removed = delete(sub, hash, depth + 1, key);
            if (removed != null) {
                l.cid = null;
                collapse(node, rank, sub);
            }
            return removed;
        }
        List<Entry> entries = ((Bucket) p).entries;
        int at = search(entries, key);
        if (at < 0) {
            return null;
        }
        CborValue removed = entries.remove(at).value();
        if (entries.isEmpty()) {
            node.remove(slot);
        }
        return removed;
    }

    /**
     * Keeps the trie canonical after a delete below {@code node.pointers[rank]}: a child holding a single bucket
     * is replaced by that bucket, and a child of 2-3 buckets with at most three entries in all by one merged bucket.
     */
    private static void collapse(HamtNode node, int rank, HamtNode sub) {
        int n = sub.pointers.size();
        if (n == 0) {
            throw new IpldException("HAMT child node has no pointers (invalid trie)");
        }
        if (n == 1) {
            if (sub.pointers.get(0) instanceof Bucket b) {
                node.pointers.set(rank, b);
            }
            return;
        }
        if (n > MAX_BUCKET) {
            return;
        }
        List<Entry> merged = new ArrayList<>();
        for (HamtNode.Pointer p : sub.pointers) {
            if (!(p instanceof Bucket b)) return;
            merged.addAll(b.entries);
        }
        if (merged.size() <= MAX_BUCKET) {
            merged.sort((a, b) -> KEY_ORDER.compare(a.key(), b.key()));
            node.pointers.set(rank, new Bucket(merged));
        }
    }

    /** Writes every modified node to the store and returns the root CID. */
    public Cid flush() {
        return store.putCbor(flushChildren(root));
    }

    private CborValue flushChildren(HamtNode node) {
        for (HamtNode.Pointer p : node.pointers) {
            if (p instanceof Link l && l.cid == null) {
                l.cid = store.putCbor(flushChildren(l.node));
            }
        }
        return node.toCbor();
    }

    /** Visits every entry in trie order (slot order, then key order within buckets), loading nodes as needed. */
    public void forEach(BiConsumer<byte[], CborValue> visitor) {
        forEach(root, visitor);
    }

    private void forEach(HamtNode node, BiConsumer<byte[], CborValue> visitor) {
        for (HamtNode.Pointer p : node.pointers) {
            if (p instanceof Link l) {
                forEach(child(l), visitor);
            } else {
                for (Entry e : ((Bucket) p).entries) visitor.accept(e.key().clone(), e.value());
            }
        }
    }

    public int bitWidth() {
        return bitWidth;
    }
}
