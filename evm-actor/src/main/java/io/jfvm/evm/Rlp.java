package io.jfvm.evm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recursive Length Prefix, decoded strictly (fevm.md §5.2; the limits and rejections of Lotus
 * {@code chain/types/ethtypes/rlp.go}):
 * <ul>
 *   <li>input of 1 byte to 2 MiB, exactly one item, no trailing bytes;</li>
 *   <li>at most 12 items in any list (the most any accepted transaction has);</li>
 *   <li>an item may sit at most 32 lists deep (the outermost item is at depth 0);</li>
 *   <li>canonical prefixes only: the long forms ({@code 0xb8..0xbf}, {@code 0xf8..0xff}) only for lengths of 56
 *       and more, length bytes without leading zeros, and a single byte below {@code 0x80} never wrapped in a
 *       string prefix.</li>
 * </ul>
 * Every rejection is an {@link RlpException} naming the problem and its byte offset. Encoding always produces
 * the canonical form, so {@code encode(decode(b))} gives back {@code b}.
 */
public final class Rlp {
    public static final int MAX_INPUT_BYTES = 2 << 20;
    public static final int MAX_LIST_ITEMS = 12;
    public static final int MAX_DEPTH = 32;

    /** Contents up to this length use the short forms {@code 0x80 + len} and {@code 0xc0 + len}. */
    private static final int SHORT_MAX = 55;

    private Rlp() {}

    /** Decodes {@code in}, which must hold exactly one item. */
    public static RlpItem decode(byte[] in) {
        return decode(in, 0);
    }

    /**
     * Decodes {@code in[from..]}, which must hold exactly one item. Offsets, in errors and in the items, are
     * offsets in {@code in} (a typed transaction is decoded from 1, after its type byte).
     */
    public static RlpItem decode(byte[] in, int from) {
        int length = in.length - from;
        if (length <= 0) {
            throw new RlpException(from, "empty RLP input");
        }
        if (length > MAX_INPUT_BYTES) {
            throw new RlpException(from, "RLP input of " + length + " bytes exceeds the limit of " + MAX_INPUT_BYTES);
        }
        Decoder d = new Decoder(in, from);
        RlpItem item = d.item(0, in.length);
        if (d.pos != in.length) {
            throw new RlpException(d.pos, (in.length - d.pos) + " trailing bytes after the RLP item");
        }
        return item;
    }

    /** The canonical encoding of {@code item}. */
    public static byte[] encode(RlpItem item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(item, out);
        return out.toByteArray();
    }

    private static void write(RlpItem item, ByteArrayOutputStream out) {
        if (item instanceof RlpString s) {
            byte[] b = s.bytes();
            if (b.length == 1 && (b[0] & 0xFF) < 0x80) {
                out.write(b[0]);
            } else {
                writeHeader(0x80, b.length, out);
                out.writeBytes(b);
            }
        } else {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (RlpItem child : ((RlpList) item).items()) {
                write(child, content);
            }
            writeHeader(0xc0, content.size(), out);
            out.writeBytes(content.toByteArray());
        }
    }

    /** {@code base + len} for short contents, else {@code base + 55 + n} and the length in n big-endian bytes. */
    private static void writeHeader(int base, int length, ByteArrayOutputStream out) {
        if (length <= SHORT_MAX) {
            out.write(base + length);
            return;
        }
        int n = 4 - Integer.numberOfLeadingZeros(length) / 8;
        out.write(base + SHORT_MAX + n);
        for (int i = n - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }

    private static final class Decoder {
        private final byte[] in;
        private int pos;

        Decoder(byte[] in, int pos) {
            this.in = in;
            this.pos = pos;
        }

        /** The item at {@code pos}, which must end at or before {@code end} (the enclosing list's end). */
        RlpItem item(int depth, int end) {
            int start = pos;
            if (depth > MAX_DEPTH) {
                throw new RlpException(start, "RLP item nested more than " + MAX_DEPTH + " lists deep");
            }
            int b = in[start] & 0xFF;
            if (b < 0x80) {
                pos = start + 1;
                return new RlpString(new byte[] {(byte) b}, start);
            }
            if (b < 0xc0) {
                boolean longForm = b > 0x80 + SHORT_MAX;
                int headerLength = longForm ? 1 + b - 0x80 - SHORT_MAX : 1;
                int length = longForm ? longLength(start, headerLength - 1, end, "string") : b - 0x80;
                int contentStart = start + headerLength;
                requireWithin(start, contentStart, length, end, "string");
                if (length == 1 && (in[contentStart] & 0xFF) < 0x80) {
                    throw new RlpException(start, String.format(
                            "non-canonical single byte: 0x%02x must be encoded as itself, not as a 1-byte string", in[contentStart]));
                }
                pos = contentStart + length;
                return new RlpString(Arrays.copyOfRange(in, contentStart, pos), start);
            }
            boolean longForm = b > 0xc0 + SHORT_MAX;
            int headerLength = longForm ? 1 + b - 0xc0 - SHORT_MAX : 1;
            int length = longForm ? longLength(start, headerLength - 1, end, "list") : b - 0xc0;
            int contentStart = start + headerLength;
            requireWithin(start, contentStart, length, end, "list");
            int contentEnd = contentStart + length;
            pos = contentStart;
            List<RlpItem> items = new ArrayList<>();
            while (pos < contentEnd) {
                if (items.size() == MAX_LIST_ITEMS) {
                    throw new RlpException(pos, "RLP list has more than " + MAX_LIST_ITEMS + " items");
                }
                items.add(item(depth + 1, contentEnd));
            }
            return new RlpList(items, start);
        }

        /** The length in the {@code n} bytes after the prefix at {@code start}, canonical for the long form. */
        private int longLength(int start, int n, int end, String kind) {
            if (start + 1 + n > end) {
                throw new RlpException(start, "truncated RLP " + kind + " header: " + n + " length bytes declared, "
                        + (end - start - 1) + " available");
            }
            if (in[start + 1] == 0) {
                throw new RlpException(start + 1, "non-canonical RLP " + kind + " length: leading zero byte");
            }
            long length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (in[start + 1 + i] & 0xFF);
            }
            // Eight length bytes can exceed any real input (and a signed long); the bounds check below needs an int.
            if (n > 4 || length > Integer.MAX_VALUE) {
                throw new RlpException(start, "RLP " + kind + " length " + Long.toUnsignedString(length)
                        + " exceeds the input");
            }
            if (length <= SHORT_MAX) {
                throw new RlpException(start, "non-canonical RLP " + kind + " length: long form used for " + length
                        + " bytes (below 56)");
            }
            return (int) length;
        }

        private static void requireWithin(int start, int contentStart, int length, int end, String kind) {
            if ((long) contentStart + length > end) {
                throw new RlpException(start, "RLP " + kind + " of " + length + " bytes overruns "
                        + "its enclosing item or the input (" + Math.max(0, end - contentStart) + " bytes available)");
            }
        }
    }
}
