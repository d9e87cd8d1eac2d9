package io.jfvm.ipld.amt;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.store.BlockNotFoundException;
import io.jfvm.ipld.store.Blockstore;
import java.util.List;
import java.util.function.ObjLongConsumer;

/**
 * An array mapped trie in the fvm_ipld_amt v3 format: a sparse array indexed by u64, root
 * {@code [bit_width, height, count, node]}. The tree grows in height when an index does not fit and shrinks when
 * only the first child of the root is left, so the root CID depends only on the contents. Nodes are loaded lazily.
 * Indices are unsigned in the format; this API takes non-negative longs, which covers every index in use.
 * Not thread-safe.
 */
public final class Amt {
    /** Default bit width of builtin-actor arrays. */
    public static final int DEFAULT_BIT_WIDTH = 3;
    /** Bit width of event arrays (receipt {@code events_root}). */
    public static final int EVENTS_BIT_WIDTH = 5;
    public static final int MAX_HEIGHT = 64;

    private final Blockstore store;
    private final int bitWidth;
    private int height;
    private long count;
    private AmtNode root;

    private Amt(Blockstore store, int bitWidth, int height, long count, AmtNode root) {
        this.store = store;
        this.bitWidth = bitWidth;
        this.height = height;
        this.count = count;
        this.root = root;
    }

    public static Amt empty(Blockstore store, int bitWidth) {
        if (bitWidth < 1 || bitWidth > 16) {
            throw new IllegalArgumentException("AMT bit width must be 1..16, got " + bitWidth);
        }
        return new Amt(store, bitWidth, 0, 0, AmtNode.leaf(1 << bitWidth));
    }

    /** Opens the AMT rooted at {@code cid}; its bit width comes from the root block. */
    public static Amt load(Blockstore store, Cid cid) {
        try {
            List<CborValue> f = store.getCbor(cid).asTuple(4, "AMT root");
            long bw = f.get(0).asLong();
            long height = f.get(1).asLong();
            if (bw < 1 || bw > 16) throw new IpldException("bit width " + bw + " out of range 1..16");
            if (height > MAX_HEIGHT) throw new IpldException("height " + height + " exceeds " + MAX_HEIGHT);
            AmtNode node = AmtNode.fromCbor(f.get(3), (int) bw, height == 0);
            return new Amt(store, (int) bw, (int) height, f.get(2).asU64(), node);
        } catch (BlockNotFoundException e) {
            throw e;
        } catch (IpldException e) {
            throw new IpldException("AMT root " + cid + ": " + e.getMessage(), e);
        }
    }

    public int bitWidth() {
        return bitWidth;
    }

    public int height() {
        return height;
    }

    public long count() {
        return count;
    }

    private int width() {
        return 1 << bitWidth;
    }

    /** log2 of the number of indices a subtree at height {@code h} spans. */
    private long spanBits(int h) {
        return (long) bitWidth * h;
    }

    /** Slot of {@code index} in a node at height {@code h}; spans of 2^63 and more hold every long index in slot 0. */
    private int slotOf(long index, int h) {
        long bits = spanBits(h);
        return bits >= 63 ? 0 : (int) (index >>> bits);
    }

    /** Position of {@code index} inside its slot's subtree. */
    private long within(long index, int h) {
        long bits = spanBits(h);
        return bits >= 63 ? index : index & ((1L << bits) - 1);
    }

    private boolean fits(long index) {
        long bits = spanBits(height + 1);
        return bits >= 63 || (index >>> bits) == 0;
    }

    private AmtNode child(AmtNode.Link link, int childHeight) {
        if (link.node == null) {
            try {
                link.node = AmtNode.fromCbor(store.getCbor(link.cid), bitWidth, childHeight == 0);
            } catch (BlockNotFoundException e) {
                throw e;
            } catch (IpldException e) {
                throw new IpldException("AMT node " + link.cid + ": " + e.getMessage(), e);
            }
        }
        return link.node;
    }

    private static void checkIndex(long index) {
        if (index < 0) {
            throw new IpldException("AMT index " + Long.toUnsignedString(index) + " is out of range");
        }
    }

    public CborValue get(long index) {
        checkIndex(index);
        if (!fits(index)) {
            return null;
        }
        AmtNode node = root;
        for (int h = height; h > 0; h--) {
            AmtNode.Link l = node.links[slotOf(index, h)];
            if (l == null) return null;
            node = child(l, h - 1);
            index = within(index, h);
        }
        return node.values[(int) index];
    }

    /** Stores {@code value} at {@code index}; returns the previous value or null. */
    public CborValue set(long index, CborValue value) {
        checkIndex(index);
        while (!fits(index)) {
            AmtNode up = AmtNode.inner(width());
            if (!root.isEmpty()) {
                up.links[0] = new AmtNode.Link(null, root);
            }
            root = up;
            height++;
        }
        CborValue previous = set(root, height, index, value);
        if (previous == null) {
            count++;
        }
        return previous;
    }

    private CborValue set(AmtNode node, int h, long index, CborValue value) {
        if (h == 0) {
            CborValue previous = node.values[(int) index];
            node.values[(int) index] = value;
            return previous;
        }
        int slot = slotOf(index, h);
        AmtNode.Link l = node.links[slot];
        if (l == null) {
            l = new AmtNode.Link(null, h == 1 ? AmtNode.leaf(width()) : AmtNode.inner(width()));
            node.links[slot] = l;
        }
        CborValue previous = set(child(l, h - 1), h - 1, within(index, h), value);
        l.cid = null;
        return previous;
    }

    /** Removes the value at {@code index}; returns it, or null if there was none. */
    public CborValue delete(long index) {
        checkIndex(index);
        if (!fits(index)) {
            return null;
        }
        CborValue removed = delete(root, height, index);
        if (removed == null) {
            return null;
        }
        count--;
        if (root.isEmpty()) {
            root = AmtNode.leaf(width());
            height = 0;
        } else {
            while (height > 0 && onlyFirstLink(root)) {
                root = child(root.links[0], height - 1);
                height--;
            }
        }
        return removed;
    }

    private static boolean onlyFirstLink(AmtNode node) {
        if (node.links[0] == null) return false;
        for (int i = 1; i < node.links.length; i++) {
            if (node.links[i] != null) return false;
        }
        return true;
    }

    private CborValue delete(AmtNode node, int h, long index) {
        if (h == 0) {
            CborValue removed = node.values[(int) index];
            node.values[(int) index] = null;
            return removed;
        }
        int slot = slotOf(index, h);
        AmtNode.Link l = node.links[slot];
        if (l == null) {
            return null;
        }
        AmtNode sub = child(l, h - 1);
        CborValue removed = delete(sub, h - 1, within(index, h));
        if (removed != null) {
            l.cid = null;
            if (sub.isEmpty()) {
                node.links[slot] = null;
            }
        }
        return removed;
    }

    /** Writes every modified node and the root to the store and returns the root CID. */
    public Cid flush() {
        CborValue node = flushChildren(root);
        return store.putCbor(CborArray.of(CborInt.of(bitWidth), CborInt.of(height), CborInt.ofU64(count), node));
    }

    private CborValue flushChildren(AmtNode node) {
        if (!node.isLeaf()) {
            for (AmtNode.Link l : node.links) {
                if (l != null && l.cid == null) {
                    l.cid = store.putCbor(flushChildren(l.node));
                }
            }
        }
        return node.toCbor();
    }

    /** Visits every (index, value) in index order, loading nodes as needed. */
    public void forEach(ObjLongConsumer<CborValue> visitor) {
        forEach(root, height, 0, visitor);
    }

    private void forEach(AmtNode node, int h, long offset, ObjLongConsumer<CborValue> visitor) {
        if (h == 0) {
            for (int i = 0; i < node.values.length; i++) {
                if (node.values[i] != null) visitor.accept(node.values[i], offset + i);
            }
            return;
        }
        for (int i = 0; i < node.links.length; i++) {
            if (node.links[i] != null) {
                forEach(child(node.links[i], h - 1), h - 1, offset + ((long) i << spanBits(h)), visitor);
            }
        }
    }
}
