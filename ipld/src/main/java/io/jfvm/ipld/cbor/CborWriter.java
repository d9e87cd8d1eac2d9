package io.jfvm.ipld.cbor;

import io.jfvm.ipld.Cid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes canonical DAG-CBOR: every head in its shortest form, definite lengths only, CIDs as tag 42.
 * Callers writing maps directly must emit keys in {@link CborMap#KEY_ORDER}; {@link #write(CborValue)} does so.
 */
public final class CborWriter {
    static final int MAJOR_UINT = 0;
    static final int MAJOR_NINT = 1;
    static final int MAJOR_BYTES = 2;
    static final int MAJOR_TEXT = 3;
    static final int MAJOR_ARRAY = 4;
    static final int MAJOR_MAP = 5;
    static final int MAJOR_TAG = 6;
    static final int MAJOR_SIMPLE = 7;
    static final long TAG_CID = 42;

    private byte[] buf = new byte[64];
    private int len;

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    /** Writes a head: major type and an unsigned argument in its shortest encoding. */
    public CborWriter writeHead(int major, long value) {
        ensure(9);
        int m = major << 5;
        if (value >= 0 && value < 24) {
            buf[len++] = (byte) (m | (int) value);
        } else if (value >= 0 && value <= 0xFF) {
            buf[len++] = (byte) (m | 24);
            buf[len++] = (byte) value;
        } else if (value >= 0 && value <= 0xFFFF) {
            buf[len++] = (byte) (m | 25);
            buf[len++] = (byte) (value >>> 8);
            buf[len++] = (byte) value;
        } else if (value >= 0 && value <= 0xFFFF_FFFFL) {
            buf[len++] = (byte) (m | 26);
            for (int s = 24; s >= 0; s -= 8) buf[len++] = (byte) (value >>> s);
        } else {
            buf[len++] = (byte) (m | 27);
            for (int s = 56; s >= 0; s -= 8) buf[len++] = (byte) (value >>> s);
        }
        return this;
    }

    /** A signed 64-bit integer. */
    public CborWriter writeLong(long v) {
        return v >= 0 ? writeHead(MAJOR_UINT, v) : writeHead(MAJOR_NINT, -1 - v);
    }

    /** An unsigned 64-bit integer given as the bits of a long. */
    public CborWriter writeU64(long bits) {
        return writeHead(MAJOR_UINT, bits);
    }

    public CborWriter writeBytes(byte[] b) {
        writeHead(MAJOR_BYTES, b.length);
        return writeRaw(b);
    }

    public CborWriter writeText(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeHead(MAJOR_TEXT, b.length);
        return writeRaw(b);
    }

    public CborWriter writeArrayHeader(int size) {
        return writeHead(MAJOR_ARRAY, size);
    }

    public CborWriter writeMapHeader(int size) {
        return writeHead(MAJOR_MAP, size);
    }

    public CborWriter writeCid(Cid cid) {
        writeHead(MAJOR_TAG, TAG_CID);
        writeHead(MAJOR_BYTES, cid.encodedLength() + 1L);
        ensure(cid.encodedLength() + 1);
        buf[len++] = 0; // the identity multibase prefix DAG-CBOR requires before the binary CID
        len = cid.write(buf, len);
        return this;
    }

    public CborWriter writeNull() {
        ensure(1);
        buf[len++] = (byte) 0xF6;
        return this;
    }

    public CborWriter writeBool(boolean b) {
        ensure(1);
        buf[len++] = (byte) (b ? 0xF5 : 0xF4);
        return this;
    }

    public CborWriter writeDouble(double d) {
        ensure(9);
        buf[len++] = (byte) 0xFB;
        long bits = Double.doubleToRawLongBits(d);
        for (int s = 56; s >= 0; s -= 8) buf[len++] = (byte) (bits >>> s);
        return this;
    }

    /** Copies already-encoded CBOR (or byte string content) verbatim. */
    public CborWriter writeRaw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    /** Writes a value tree in canonical form. */
    public CborWriter write(CborValue v) {
        if (v instanceof CborInt i) {
            writeHead(i.negative() ? MAJOR_NINT : MAJOR_UINT, i.head());
        } else if (v instanceof CborBytes b) {
            writeBytes(b.bytes());
        } else if (v instanceof CborText t) {
            writeText(t.value());
        } else if (v instanceof CborArray a) {
            writeArrayHeader(a.items().size());
            for (CborValue item : a.items()) write(item);
        } else if (v instanceof CborMap m) {
            writeMapHeader(m.entries().size());
            for (Map.Entry<String, CborValue> e : m.entries().entrySet()) {
                writeText(e.getKey());
                write(e.getValue());
            }
        } else if (v instanceof CborLink l) {
            writeCid(l.cid());
        } else if (v instanceof CborBool b) {
            writeBool(b.value());
        } else if (v instanceof CborNull) {
            writeNull();
        } else if (v instanceof CborFloat f) {
            writeDouble(f.value());
        }
        return this;
    }

    public int size() {
        return len;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
