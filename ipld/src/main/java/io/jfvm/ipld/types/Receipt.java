package io.jfvm.ipld.types;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborNull;
import io.jfvm.ipld.cbor.CborValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message receipt. FVM v2 encodes {@code [exit_code, return_data, gas_used]}; FVM v3 and later add
 * {@code events_root} (the AMT root of the emitted events, or null). Which encoding a network uses is its FVM line's
 * decision.
 */
public record Receipt(int exitCode, byte[] returnData, long gasUsed, Cid eventsRoot) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Receipt r && r.exitCode == exitCode && r.gasUsed == gasUsed
                && Arrays.equals(r.returnData, returnData) && Objects.equals(r.eventsRoot, eventsRoot);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exitCode, gasUsed, eventsRoot) * 31 + Arrays.hashCode(returnData);
    }

    public static Receipt fromCbor(CborValue v) {
        List<CborValue> f = v.asList();
        if (f.size() != 3 && f.size() != 4) {
            throw new IpldException("receipt: expected 3 (FVM v2) or 4 (FVM v3) fields, got " + f.size());
        }
        long exit = f.get(0).asLong();
        if (exit > 0xFFFF_FFFFL) {
            throw new IpldException("receipt: exit code " + exit + " exceeds u32");
        }
        Cid events = f.size() == 4 && !f.get(3).isNull() ? f.get(3).asCid() : null;
        return new Receipt((int) exit, f.get(1).asBytes(), f.get(2).asLong(), events);
    }

    /** The receipt as FVM v3 and later encode it: {@code [exit_code, return_data, gas_used, events_root|null]}. */
    public CborValue toCbor() {
        return CborArray.of(exitCodeCbor(), new CborBytes(returnData), CborInt.of(gasUsed),
                eventsRoot == null ? CborNull.NULL : new CborLink(eventsRoot));
    }

    /** The receipt as FVM v2 encodes it, which has no events: {@code [exit_code, return_data, gas_used]}. */
    public CborValue toCborWithoutEvents() {
        if (eventsRoot != null) {
            throw new IllegalStateException("a receipt with an events root cannot be encoded without it");
        }
        return CborArray.of(exitCodeCbor(), new CborBytes(returnData), CborInt.of(gasUsed));
    }

    private CborValue exitCodeCbor() {
        return CborInt.ofU64(Integer.toUnsignedLong(exitCode));
    }
}
