package io.jfvm.runtime.call;

/**
 * The memory the instances of one message's call stack use together: wasm memories and table elements (8 bytes
 * each), as ref-fvm's {@code DefaultMemoryLimiter} counts them ({@code fvm/src/machine/limiter.rs}). Each send is a
 * stack frame: what its callee allocated is given back when it returns. A growth that would pass the maximum is
 * refused and leaves the count unchanged.
 */
public final class CallStackMemory {
    private final long maxBytes;
    private long usedBytes;

    /** @param maxBytes the most the call stack may use ({@code max_memory_bytes}: 2 GiB from FVM v3 on) */
    public CallStackMemory(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Counts {@code bytes} more unless that passes the maximum. */
    public boolean grow(long bytes) {
        long total = usedBytes + bytes;
        if (total < usedBytes || total > maxBytes) {
            return false;
        }
        usedBytes = total;
        return true;
    }

    public long usedBytes() {
        return usedBytes;
    }

    /** Ends a stack frame: back to what was used when it began. */
    void release(long usedAtFrameStart) {
        usedBytes = usedAtFrameStart;
    }
}
