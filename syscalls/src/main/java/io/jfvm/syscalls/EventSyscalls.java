package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.getU32;
import static io.jfvm.syscalls.ActorMemory.getU64;
import static io.jfvm.syscalls.ActorMemory.slice;

import io.jfvm.ipld.types.SyscallError;
import java.util.ArrayList;
import java.util.List;

/** The {@code event} namespace ({@code fvm/src/syscalls/event.rs}). */
final class EventSyscalls {
    private EventSyscalls() {}

    /** v3 {@code event.emit_event(evt_off, evt_len)}: the event as one CBOR-encoded {@code ActorEvent}. */
    static int emitEncodedEvent(SyscallContext c, int off, int len) {
        return c.call(() -> c.kernel.emitEvent(slice(c.mem(), off, len)));
    }

    /**
     * v4 {@code event.emit_event(entries_off, n_entries, keys_off, keys_len, vals_off, vals_len)} (FIP-0072): the
     * entry headers ({@code n × 24} bytes, a checked u32 product), then the key and value buffers are bounds-checked
     * (each IllegalArgument), before the kernel sees anything.
     */
    static int emitEvent(SyscallContext c, int entriesOff, int entries, int keysOff, int keysLen, int valsOff,
            int valsLen) {
        return c.call(() -> {
            long size = Integer.toUnsignedLong(entries) * EventEntry.SIZE;
            if (size > 0xFFFF_FFFFL) {
                throw SyscallError.illegalArgument("events index out of bounds");
            }
            byte[] mem = c.mem();
            ActorMemory.checkBounds(mem, entriesOff, (int) size);
            List<EventEntry> headers = new ArrayList<>(entries);
            for (int i = 0; i < entries; i++) {
                int at = entriesOff + i * EventEntry.SIZE;
                headers.add(new EventEntry(getU64(mem, at), getU64(mem, at + 8), getU32(mem, at + 16),
                        getU32(mem, at + 20)));
            }
            byte[] keys = slice(mem, keysOff, keysLen);
            byte[] values = slice(mem, valsOff, valsLen);
            c.kernel.emitEvent(headers, keys, values);
        });
    }
}
