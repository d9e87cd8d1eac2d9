package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.slice;

/** The {@code event} namespace ({@code fvm/src/syscalls/event.rs}). */
final class EventSyscalls {
    private EventSyscalls() {}

    /** v3 {@code event.emit_event(evt_off, evt_len)}: the event as one CBOR-encoded {@code ActorEvent}. */
    static int emitEncodedEvent(SyscallContext c, int off, int len) {
        return c.call(() -> c.kernel.emitEvent(slice(c.mem(), off, len)));
    }
}
