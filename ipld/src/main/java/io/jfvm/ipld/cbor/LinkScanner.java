package io.jfvm.ipld.cbor;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Finds the CID links in a CBOR block without decoding it, with exactly the acceptance rules of ref-fvm's
 * buffered-blockstore scanner, because a block that scanner accepts must flush here too (consensus): heads must be
 * minimal and definite, but map key order, UTF-8, tags other than 42 (their content is scanned), the link's
 * multibase prefix byte and bytes after the first item are not checked. Floats go through the same minimal-head
 * rule as integers, as in the reference.
 */
public final class LinkScanner {
    /** Longest tag-42 byte string the reference scanner accepts. */
    private static final int MAX_LINK_BYTES = 100;

    private final byte[] in;
    private int pos;

    private LinkScanner(byte[] in) {
        this.in = in;
    }

    /** Calls {@code sink} for each link in {@code block}, in encoding order. */
    public static void scan(byte[] block, Consumer<Cid> sink) {
        new LinkScanner(block).run(sink);
    }

    private IpldException error(int at, String what) {
        return IpldException.at(at, "CBOR link scan: " + what);
    }

    private int u8() {
        if (pos >= in.length) throw error(pos, "unexpected end of input");
        return in[pos++] & 0xFF;
    }

    private long head(int start, int info) {
        long v;
        long min;
        switch (info) {
            case 24: v = u8(); min = 24; break;
            case 25: v = ((long) u8() << 8) | u8(); min = 0x100; break;
            case 26: v = 0; for (int i = 0; i < 4; i++) v = (v << 8) | u8(); min = 0x1_0000; break;
            case 27: v = 0; for (int i = 0; i < 8; i++) v = (v << 8) | u8(); min = 0x1_0000_0000L; break;
            default:
                if (info < 24) return info;
                throw error(start, "invalid additional information " + info);
        }
        if (Long.compareUnsigned(v, min) < 0) {
            throw error(start, "non-minimal head");
        }
        return v;
    }

    private void run(Consumer<Cid> sink) {
        long remaining = 1;
        while (remaining > 0) {
            int start = pos;
            int initial = u8();
            int major = initial >>> 5;
            long extra = head(start, initial & 31);
            switch (major) {
                case 2, 3 -> skip(start, extra);
                case 4 -> remaining += extra;
                case 5 -> remaining += 2 * extra;
                case 6 -> {
                    if (extra == 42) {
                        sink.accept(readLink());
                    } else {
                        remaining++;
                    }
                }
                default -> { } // integers and simple values: the head was the whole item
            }
            remaining--;
        }
    }

    /** Skips string content; like a seek, going past the end only fails when the next item is read. */
    private void skip(int start, long n) {
        if (n < 0) {
            throw error(start, "string length " + Long.toUnsignedString(n) + " is a negative seek");
        }
        pos = n > in.length - pos ? in.length + 1 : pos + (int) n;
    }

    private Cid readLink() {
        int start = pos;
        int initial = u8();
        if (initial >>> 5 != 2) {
            throw error(start, "tag 42 must wrap a byte string");
        }
        long n = head(start, initial & 31);
        if (n < 1 || n > MAX_LINK_BYTES) {
            throw error(start, "tag 42 byte string of " + n + " bytes (1 to " + MAX_LINK_BYTES + " allowed)");
        }
        if (pos + n > in.length) {
            throw error(pos, "truncated link");
        }
        int body = pos;
        pos += (int) n;
        // the first byte is the multibase prefix, which the reference does not check
        return Cid.parse(Arrays.copyOfRange(in, body + 1, pos), 0, body + 1L).cid();
    }
}
