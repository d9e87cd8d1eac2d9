package io.jfvm.syscalls;

/**
 * One entry header of a v4 {@code event.emit_event} ({@code fvm_shared::sys::EventEntry}, packed little-endian,
 * 24 bytes): flags (bit 1 index the key, bit 2 index the value), the value's codec, and the lengths of the key and
 * value in the key and value buffers.
 *
 * @param keyLen u32 bits
 * @param valueLen u32 bits
 */
public record EventEntry(long flags, long codec, int keyLen, int valueLen) {
    /** The packed size in actor memory. */
    public static final int SIZE = 24;
}
