package io.jfvm.ipld.hamt;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One HAMT node: a bitmap of occupied slots and one pointer per set bit, in slot order. A pointer is either a
 * link to a child node (loaded on first use) or a bucket of at most {@link Hamt#MAX_BUCKET} entries sorted by key.
 */
final class HamtNode {
    /** A key and its value; keys are compared as unsigned bytes. */
    record Entry(byte[] key, CborValue value) {}

    /** A slot's content. */
    abstract static sealed class Pointer permits Link, Bucket {}

    /** A child node: {@code cid} is null while the child is new or modified and not yet flushed. */
    static final class Link extends Pointer {
        Cid cid;
        HamtNode node;

        Link(Cid cid, HamtNode node) {
            this.cid = cid;
            this.node = node;
        }
    }

    static final class Bucket extends Pointer {
        final List<Entry> entries;

        Bucket(List<Entry> entries) {
            this.entries = entries;
        }
    }

    /** Occupied slots: bit i of the 256-bit map (slot i) is bit {@code i % 64} of {@code bitmap[i / 64]}. */
    final long[] bitmap = new long[4];
    final List<Pointer> pointers = new ArrayList<>();

    boolean has(int slot) {
        return (bitmap[slot >>> 6] & (1L << slot)) != 0;
    }

    /** Position in {@link #pointers} of {@code slot}: the number of occupied slots below it. */
    int rank(int slot) {
        int word = slot >>> 6;
        int n = Long.bitCount(bitmap[word] & ((1L << slot) - 1));
        for (int i = 0; i < word; i++) {
            n += Long.bitCount(bitmap[i]);
        }
        return n;
    }

    void insert(int slot, Pointer p) {
        pointers.add(rank(slot), p);
        bitmap[slot >>> 6] |= 1L << slot;
    }

    void remove(int slot) {
        pointers.remove(rank(slot));
        bitmap[slot >>> 6] &= ~(1L << slot);
    }

    /** The map as a big-endian integer without leading zero bytes (empty when no slot is occupied). */
    private byte[] bitmapBytes() {
        byte[] full = new byte[32];
        for (int i = 0; i < 32; i++) {
            full[31 - i] = (byte) (bitmap[i >>> 3] >>> ((i & 7) * 8));
        }
        int skip = 0;
        while (skip < 32 && full[skip] == 0) skip++;
        return Arrays.copyOfRange(full, skip, 32);
    }

    /** Encodes {@code [bitfield, pointers]}; all children must have been flushed (have a CID). */
    CborValue toCbor() {
        byte[] bits = bitmapBytes();
        List<CborValue> ps = new ArrayList<>(pointers.size());
        for (Pointer p : pointers) {
            if (p instanceof Link l) {
                ps.add(new CborLink(l.cid));
            } else {
                List<CborValue> kvs = new ArrayList<>();
                for (Entry e : ((Bucket) p).entries) {
                    kvs.add(CborArray.of(new CborBytes(e.key()), e.value()));
                }
                ps.add(new CborArray(kvs));
            }
        }
        return CborArray.of(new CborBytes(bits), new CborArray(ps));
    }

    static HamtNode fromCbor(CborValue v, int bitWidth) {
        List<CborValue> f = v.asTuple(2, "HAMT node");
        byte[] bits = f.get(0).asBytes();
        if (bits.length > 32) {
            throw new IpldException("HAMT node bitfield of " + bits.length + " bytes exceeds 256 bits");
        }
        HamtNode n = new HamtNode();
        int set = 0;
        for (int i = 0; i < bits.length; i++) {
            int bit = (bits.length - 1 - i) * 8; // the last byte holds slots 0-7
            n.bitmap[bit >>> 6] |= (long) (bits[i] & 0xFF) << (bit & 63);
            set += Integer.bitCount(bits[i] & 0xFF);
        }
        int slots = 1 << bitWidth;
        for (int slot = slots; slot < 256; slot++) {
            if (n.has(slot)) {
                throw new IpldException("HAMT node bitfield sets slot " + slot + " beyond bit width " + bitWidth);
            }
        }
        List<CborValue> ps = f.get(1).asList();
        if (ps.size() != set) {
            throw new IpldException("HAMT node bitfield has " + set + " bits set but " + ps.size() + " pointers");
        }
        for (CborValue p : ps) {
            if (p instanceof CborArray a) {
                List<Entry> entries = new ArrayList<>(a.items().size());
                for (CborValue kv : a.items()) {
                    List<CborValue> pair = kv.asTuple(2, "HAMT entry");
                    entries.add(new Entry(pair.get(0).asBytes(), pair.get(1)));
                }
                n.pointers.add(new Bucket(entries));
            } else {
                n.pointers.add(new Link(p.asCid(), null));
            }
        }
        return n;
    }
}
