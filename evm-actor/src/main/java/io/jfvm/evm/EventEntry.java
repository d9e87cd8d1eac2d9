package io.jfvm.evm;

import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.cbor.CborValue;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of a FIP-0049 actor event: the CBOR tuple {@code [flags u64, key text, codec u64, value bytes]}.
 *
 * @param value owned by the entry, not copied
 */
public record EventEntry(long flags, String key, long codec, byte[] value) {
    /** FIP-0049 flag: index the key. */
    public static final long FLAG_INDEXED_KEY = 0x01;
    /** FIP-0049 flag: index the value. */
    public static final long FLAG_INDEXED_VALUE = 0x02;

    public static EventEntry fromCbor(CborValue v) {
        List<CborValue> f = v.asTuple(4, "event entry");
        try {
            return new EventEntry(f.get(0).asU64(), f.get(1).asText(), f.get(2).asU64(), f.get(3).asBytes());
        } catch (IpldException e) {
            throw new IpldException("event entry: " + e.getMessage(), e);
        }
    }

    public CborValue toCbor() {
        return CborArray.of(CborInt.ofU64(flags), new CborText(key), CborInt.ofU64(codec), new CborBytes(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventEntry e && e.flags == flags && e.key.equals(key) && e.codec == codec
                && Arrays.equals(e.value, value);
    }

    @Override
    public int hashCode() {
        return ((Long.hashCode(flags) * 31 + key.hashCode()) * 31 + Long.hashCode(codec)) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "EventEntry[flags=" + flags + ", key=" + key + ", codec=0x" + Long.toHexString(codec) + ", value=0x"
                + HexFormat.of().formatHex(value) + "]";
    }
}
