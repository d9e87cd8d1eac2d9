package io.jfvm.ipld.amt;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One AMT node with {@code 2^bitWidth} slots. A leaf (height 0) holds values; an inner node holds links to
 * children, which are loaded on first use. Serialized as {@code [bitmap, links, values]} with only the occupied
 * slots listed and bit i of the bitmap at {@code byte[i/8] & (1 << i%8)}.
 */
final class AmtNode {
    /** A child: {@code cid} is null while the child is new or modified and not yet flushed. */
    static final class Link {
        Cid cid;
        AmtNode node;

        Link(Cid cid, AmtNode node) {
            this.cid = cid;
            this.node = node;
        }
    }

    final Link[] links;
    final CborValue[] values;

    private AmtNode(int width, boolean leaf) {
        links = leaf ? null : new Link[width];
        values = leaf ? new CborValue[width] : null;
    }

    static AmtNode leaf(int width) {
        return new AmtNode(width, true);
    }

    static AmtNode inner(int width) {
        return new AmtNode(width, false);
    }

    boolean isLeaf() {
        return values != null;
    }

    boolean isEmpty() {
        Object[] slots = isLeaf() ? values : links;
        for (Object o : slots) {
            if (o != null) return false;
        }
        return true;
    }

    CborValue toCbor() {
        int width = isLeaf() ? values.length : links.length;
        byte[] bitmap = new byte[(width + 7) / 8];
        List<CborValue> ls = new ArrayList<>();
        List<CborValue> vs = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            if (isLeaf() ? values[i] != null : links[i] != null) {
                bitmap[i >>> 3] |= (byte) (1 << (i & 7));
                if (isLeaf()) {
                    vs.add(values[i]);
                } else {
                    ls.add(new CborLink(links[i].cid));
                }
            }
        }
        return CborArray.of(new CborBytes(bitmap), new CborArray(ls), new CborArray(vs));
    }

    static AmtNode fromCbor(CborValue v, int bitWidth, boolean leaf) {
        int width = 1 << bitWidth;
        List<CborValue> f = v.asTuple(3, "AMT node");
        byte[] bitmap = f.get(0).asBytes();
        if (bitmap.length != (width + 7) / 8) {
            throw new IpldException("AMT node bitmap has " + bitmap.length + " bytes, expected " + (width + 7) / 8
                    + " for bit width " + bitWidth);
        }
        List<CborValue> ls = f.get(1).asList();
        List<CborValue> vs = f.get(2).asList();
        if (leaf ? !ls.isEmpty() : !vs.isEmpty()) {
            throw new IpldException("AMT " + (leaf ? "leaf node has links" : "inner node has values"));
        }
        List<CborValue> items = leaf ? vs : ls;
        AmtNode n = new AmtNode(width, leaf);
        int next = 0;
        for (int i = 0; i < width; i++) {
            if ((bitmap[i >>> 3] & (1 << (i & 7))) == 0) continue;
            if (next >= items.size()) {
                throw new IpldException("AMT node bitmap sets more slots than the " + items.size() + " items present");
            }
            CborValue item = items.get(next++);
            if (leaf) {
                n.values[i] = item;
            } else {
                n.links[i] = new Link(item.asCid(), null);
            }
        }
        if (next != items.size()) {
            throw new IpldException("AMT node has " + items.size() + " items but its bitmap sets " + next + " slots");
        }
        return n;
    }
}
