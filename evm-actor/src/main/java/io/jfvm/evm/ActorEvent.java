package io.jfvm.evm;

import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.util.ArrayList;
import java.util.List;

/**
 * A FIP-0049 actor event: its entries in order. The FVM's {@code ActorEvent} is transparent, so its CBOR is the
 * array of entries ({@code fvm-reference.md}, receipts).
 */
public record ActorEvent(List<EventEntry> entries) {
    public ActorEvent {
        entries = List.copyOf(entries);
    }

    public static ActorEvent decode(byte[] cbor) {
        return fromCbor(DagCbor.decode(cbor));
    }

    public static ActorEvent fromCbor(CborValue v) {
        List<EventEntry> entries = new ArrayList<>();
        for (CborValue e : v.asList()) {
            entries.add(EventEntry.fromCbor(e));
        }
        return new ActorEvent(entries);
    }

    public CborValue toCbor() {
        List<CborValue> items = new ArrayList<>(entries.size());
        for (EventEntry e : entries) {
            items.add(e.toCbor());
        }
        return new CborArray(items);
    }

    public byte[] encode() {
        return DagCbor.encode(toCbor());
    }
}
