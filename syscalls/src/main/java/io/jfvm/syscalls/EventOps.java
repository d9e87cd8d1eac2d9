package io.jfvm.syscalls;

import java.util.List;

/** {@code event.emit_event}. */
public interface EventOps {
    /** v3: the event as one CBOR {@code ActorEvent}; the kernel charges, then validates. */
    void emitEvent(byte[] rawEvent);

    /**
     * v4 (FIP-0072): the entries' fixed headers, and the concatenated keys and values they index into, as the
     * syscall layer read them out of memory; the kernel charges, then validates.
     */
    void emitEvent(List<EventEntry> entries, byte[] keys, byte[] values);
}
