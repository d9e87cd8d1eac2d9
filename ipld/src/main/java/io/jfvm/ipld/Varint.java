package io.jfvm.ipld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Unsigned LEB128 varints as used by multiformats (CIDs, multihashes, CAR framing) and Filecoin ID addresses.
 * Decoding is strict like the {@code unsigned-varint} crate: at most 10 bytes for a u64, no overflow and no
 * non-minimal encodings (a trailing zero byte), so that each value has exactly one byte form.
 */
public final class Varint {
    /** Longest encoding of an unsigned 64-bit value. */
    public static final int MAX_LEN_U64 = 10;

    private Varint() {}

    /** Number of bytes {@code value} (read as unsigned) takes. */
    public static int length(long value) {
        int n = 1;
        while ((value & ~0x7FL) != 0) {
            value >>>= 7;
            n++;
        }
        return n;
    }

    /** Encodes {@code value} (unsigned). */
    public static byte[] encode(long value) {
        byte[] out = new byte[length(value)];
        write(value, out, 0);
        return out;
    }

    /** Writes {@code value} at {@code pos}; returns the position after it. */
    public static int write(long value, byte[] out, int pos) {
        while ((value & ~0x7FL) != 0) {
            out[pos++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[pos++] = (byte) value;
        return pos;
    }

    public static void write(long value, ByteArrayOutputStream out) {
        byte[] b = encode(value);
        out.write(b, 0, b.length);
    }

    /** A decoded value and the number of bytes it took. */
    public record Decoded(long value, int length) {}

    /** Decodes a varint starting at {@code pos}; {@code base} is added to offsets in error messages. */
    public static Decoded decode(byte[] in, int pos, long base) {
        long value = 0;
        for (int i = 0; i < MAX_LEN_U64; i++) {
            if (pos + i >= in.length) {
                throw IpldException.at(base + pos + i, "truncated varint");
            }
            int b = in[pos + i] & 0xFF;
            if (i == MAX_LEN_U64 - 1 && b > 1) {
                throw IpldException.at(base + pos, "varint overflows 64 bits");
            }
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                if (b == 0 && i > 0) {
                    throw IpldException.at(base + pos, "non-minimal varint (trailing zero byte)");
                }
                return new Decoded(value, i + 1);
            }
        }
        throw IpldException.at(base + pos, "varint longer than 10 bytes");
    }

    /**
     * Reads a varint from a stream; returns {@code null} on a clean end of stream before the
     * first byte, so callers can tell "no more items" from a truncated one.
     */
    public static Decoded read(InputStream in, long offset) throws IOException {
        long value = 0;
        for (int i = 0; i < MAX_LEN_U64; i++) {
            int b = in.read();
            if (b < 0) {
                if (i == 0) {
                    return null;
                }
                throw IpldException.at(offset + i, "truncated varint");
            }
            if (i == MAX_LEN_U64 - 1 && b > 1) {
                throw IpldException.at(offset, "varint overflows 64 bits");
            }
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                if (b == 0 && i > 0) {
                    throw IpldException.at(offset, "non-minimal varint (trailing zero byte)");
                }
                return new Decoded(value, i + 1);
            }
        }
        throw IpldException.at(offset, "varint longer than 10 bytes");
    }
}
