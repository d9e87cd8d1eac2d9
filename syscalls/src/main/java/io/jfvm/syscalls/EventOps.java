package io.jfvm.syscalls;


/** {@code event.emit_event} (v3): the raw CBOR {@code ActorEvent}; the kernel charges, then validates. */
public interface EventOps {
    void emitEvent(byte[] rawEvent);
}
