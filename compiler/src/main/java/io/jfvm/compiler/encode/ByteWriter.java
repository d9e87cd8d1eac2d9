package io.jfvm.compiler.encode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the primitive encodings of the WebAssembly binary format. Every LEB128 number is
 * written in its canonical (shortest) form, so that equal modules always encode to equal bytes.
 */
final class ByteWriter {
    private static final long U32_MAX = 0xFFFF_FFFFL;

    private byte[] buf = new byte[256];
    private int size;

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    void writeBytes(ByteWriter other) {
        ensure(other.size);
        System.arraycopy(other.buf, 0, buf, size, other.size);
        size += other.size;
    }

    /** An unsigned 32-bit LEB128 number; {@code what} names the field in the error when it is out of range. */
    void writeU32(long value, String what) {
        if (value < 0 || value > U32_MAX) {
            throw new IllegalArgumentException(what + " " + value + " does not fit in an unsigned 32-bit number");
        }
        long v = value;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            writeByte(v == 0 ? b : b | 0x80);
        } while (v != 0);
    }

    /** A signed LEB128 number of up to 64 bits; also used for s32 and the s33 block type, which fit in it. */
    void writeSigned(long value) {
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            // Done once the remaining bits are all copies of the sign bit just written.
            boolean done = v == 0 && (b & 0x40) == 0 || v == -1 && (b & 0x40) != 0;
            writeByte(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    void writeFixed32(int bits) {
        for (int i = 0; i < 4; i++) {
            writeByte(bits >>> (8 * i));
        }
    }

    void writeFixed64(long bits) {
        for (int i = 0; i < 8; i++) {
            writeByte((int) (bits >>> (8 * i)));
        }
    }

    /** A length-prefixed byte vector. */
    void writeVector(byte[] bytes) {
        writeU32(bytes.length, "byte vector length");
        writeBytes(bytes);
    }

    /** A name: a length-prefixed UTF-8 string. */
    void writeName(String name) {
        try {
            // A strict encoder: String.getBytes would silently turn an unpaired surrogate into '?'.
            ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(name));
            byte[] bytes = new byte[utf8.remaining()];
            utf8.get(bytes);
            writeVector(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("name is not valid Unicode: " + name, e);
        }
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
