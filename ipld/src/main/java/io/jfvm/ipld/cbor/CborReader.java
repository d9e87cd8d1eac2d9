package io.jfvm.ipld.cbor;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict DAG-CBOR reader over a byte array. It accepts only the canonical form: shortest integer heads,
 * definite lengths, tag 42 (CIDs) and no other tag, 64-bit finite floats, text-keyed maps in canonical key
 * order without duplicates, valid UTF-8. Every error names the problem and its byte offset.
 */
public final class CborReader {
    /** Nesting limit: no Filecoin structure comes close, and it keeps hostile input from overflowing the stack. */
    public static final int MAX_DEPTH = 256;

    private final byte[] in;
    private final int end;
    private int pos;

    public CborReader(byte[] in) {
        this(in, 0, in.length);
    }

    public CborReader(byte[] in, int from, int to) {
        this.in = in;
        this.pos = from;
        this.end = to;
    }

    public int position() {
        return pos;
    }

    public boolean atEnd() {
        return pos >= end;
    }

    /** Decodes exactly one item that must fill the whole input. */
    public static CborValue decodeExact(byte[] data) {
        CborReader r = new CborReader(data);
        CborValue v = r.read();
        if (!r.atEnd()) {
            throw IpldException.at(r.pos, (r.end - r.pos) + " trailing bytes after the CBOR item");
        }
        return v;
    }

    /** Reads the next item. */
    public CborValue read() {
        return read(0);
    }

    private IpldException error(int at, String what) {
        return IpldException.at(at, "CBOR: " + what);
    }

    private int u8() {
        if (pos >= end) throw error(pos, "unexpected end of input");
        return in[pos++] & 0xFF;
    }

    private CborValue read(int depth) {
        if (depth > MAX_DEPTH) throw error(pos, "nesting deeper than " + MAX_DEPTH);
        int start = pos;
        int initial = u8();
        int major = initial >>> 5;
        int info = initial & 31;
        if (major == CborWriter.MAJOR_SIMPLE) {
            return readSimple(start, info);
        }
        long arg = readArgument(start, info);
        switch (major) {
            case CborWriter.MAJOR_UINT:
                return new CborInt(arg, false);
            case CborWriter.MAJOR_NINT:
                return new CborInt(arg, true);
            case CborWriter.MAJOR_BYTES:
                return new CborBytes(take(start, arg, "byte string"));
            case CborWriter.MAJOR_TEXT:
                return new CborText(utf8(start, take(start, arg, "text string")));
            case CborWriter.MAJOR_ARRAY: {
                checkCount(start, arg, 1, "array");
                CborValue[] items = new CborValue[(int) arg];
                for (int i = 0; i < items.length; i++) items[i] = read(depth + 1);
                // List.of copies the array once; CborArray's List.copyOf then keeps that list as it is.
                return new CborArray(List.of(items));
            }
            case CborWriter.MAJOR_MAP:
                return readMap(start, arg, depth);
            default: // MAJOR_TAG
                if (arg != CborWriter.TAG_CID) {
                    throw error(start, "unknown tag " + Long.toUnsignedString(arg) + " (DAG-CBOR allows only tag 42)");
                }
                return new CborLink(readCidBody());
        }
    }

    private CborValue readSimple(int start, int info) {
        switch (info) {
            case 20: return CborBool.FALSE;
            case 21: return CborBool.TRUE;
            case 22: return CborNull.NULL;
            case 25:
            case 26:
                throw error(start, (info == 25 ? "16" : "32") + "-bit float (DAG-CBOR requires 64-bit floats)");
            case 27: {
                long bits = 0;
                for (int i = 0; i < 8; i++) bits = (bits << 8) | u8();
                double d = Double.longBitsToDouble(bits);
                if (!Double.isFinite(d)) throw error(start, "non-finite float " + d);
                return new CborFloat(d);
            }
            case 31:
                throw error(start, "unexpected break code (indefinite lengths are not allowed)");
            default:
                throw error(start, "unsupported simple value " + info + (info == 23 ? " (undefined)" : ""));
        }
    }

    private long readArgument(int start, int info) {
        if (info < 24) return info;
        long v;
        long min;
        switch (info) {
            case 24: v = u8(); min = 24; break;
            case 25: v = ((long) u8() << 8) | u8(); min = 0x100; break;
            case 26: v = 0; for (int i = 0; i < 4; i++) v = (v << 8) | u8(); min = 0x1_0000; break;
            case 27: v = 0; for (int i = 0; i < 8; i++) v = (v << 8) | u8(); min = 0x1_0000_0000L; break;
            case 31: throw error(start, "indefinite-length item (DAG-CBOR requires definite lengths)");
            default: throw error(start, "reserved additional information " + info);
        }
        if (Long.compareUnsigned(v, min) < 0) {
            throw error(start, "non-minimal integer head: " + Long.toUnsignedString(v) + " encoded in "
                    + (1 << (info - 24)) + " bytes");
        }
        return v;
    }

    private void checkCount(int start, long count, int minItemBytes, String what) {
        if (count < 0 || count > (long) (end - pos) / minItemBytes) {
            throw error(start, what + " of " + Long.toUnsignedString(count) + " items exceeds the "
                    + (end - pos) + " remaining bytes");
        }
    }

    private byte[] take(int start, long n, String what) {
        if (n < 0 || n > end - pos) {
            throw error(start, what + " of " + Long.toUnsignedString(n) + " bytes exceeds the " + (end - pos)
                    + " remaining bytes");
        }
        byte[] out = Arrays.copyOfRange(in, pos, pos + (int) n);
        pos += (int) n;
        return out;
    }

    private String utf8(int start, byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw error(start, "text string is not valid UTF-8");
        }
    }

    private CborValue readMap(int start, long count, int depth) {
        checkCount(start, count, 2, "map");
        Map<String, CborValue> entries = new LinkedHashMap<>();
        String previous = null;
        for (long i = 0; i < count; i++) {
            int keyAt = pos;
            int initial = u8();
            if (initial >>> 5 != CborWriter.MAJOR_TEXT) {
                throw error(keyAt, "map key is not a text string (DAG-CBOR maps have string keys)");
            }
            long keyLen = readArgument(keyAt, initial & 31);
            String key = utf8(keyAt, take(keyAt, keyLen, "map key"));
            if (previous != null && CborMap.KEY_ORDER.compare(previous, key) >= 0) {
                throw error(keyAt, previous.equals(key) ? "duplicate map key \"" + key + "\""
                        : "map key \"" + key + "\" out of canonical order (after \"" + previous + "\")");
            }
            previous = key;
            entries.put(key, read(depth + 1));
        }
        return new CborMap(entries);
    }

    private Cid readCidBody() {
        int at = pos;
        int initial = u8();
        if (initial >>> 5 != CborWriter.MAJOR_BYTES) {
            throw error(at, "tag 42 must wrap a byte string");
        }
        long n = readArgument(at, initial & 31);
        if (n < 1 || n > end - pos) {
            throw error(at, "tag 42 byte string of " + Long.toUnsignedString(n) + " bytes is empty or truncated");
        }
        int bodyStart = pos;
        if (in[bodyStart] != 0) {
            throw error(bodyStart, "CID in tag 42 must start with the 0x00 multibase prefix");
        }
        int cidEnd = bodyStart + (int) n;
        Cid.Parsed p = Cid.parse(Arrays.copyOfRange(in, bodyStart + 1, cidEnd), 0, bodyStart + 1L);
        if (p.length() != cidEnd - bodyStart - 1) {
            throw error(bodyStart + 1 + p.length(), "trailing bytes after CID in tag 42");
        }
        pos = cidEnd;
        return p.cid();
    }
}
