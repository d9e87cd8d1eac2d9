package io.jfvm.compiler.rt;

import java.util.Arrays;

/**
 * A linear memory: a byte array of whole 64 KiB pages. Growing replaces the array, so generated code reads
 * {@link #bytes} afresh after anything that may grow memory. Shared between instances when imported.
 */
public final class Memory {
    public static final int PAGE_SIZE = 65536;
    /** A JVM array holds at most 2^31-1 bytes, so 32767 pages is the most any memory can have here. */
    public static final int MAX_PAGES = Integer.MAX_VALUE / PAGE_SIZE;

    public byte[] bytes;
    private final int maxPages;
    private final ResourceLimiter limiter;

    /**
     * @param initialPages pages to start with
     * @param maxPages the declared maximum, or -1 for none; the engine's own ceiling still applies
     */
    public Memory(int initialPages, long maxPages) {
        this(initialPages, maxPages, ResourceLimiter.NONE);
    }

    /**
     * As {@link #Memory(int, long)}, growing only as far as {@code limiter} allows.
     *
     * @throws ResourceLimitException when the limiter refuses the initial pages
     */
    public Memory(int initialPages, long maxPages, ResourceLimiter limiter) {
        if (initialPages > MAX_PAGES) {
            throw new IllegalArgumentException("memory of " + initialPages + " pages exceeds the engine's limit of "
                    + MAX_PAGES);
        }
        if (!limiter.memoryGrowing(0, (long) initialPages * PAGE_SIZE)) {
            throw new ResourceLimitException("a memory of " + initialPages + " pages exceeds the resource limit");
        }
        this.bytes = new byte[initialPages * PAGE_SIZE];
        this.maxPages = maxPages < 0 || maxPages > MAX_PAGES ? MAX_PAGES : (int) maxPages;
        this.limiter = limiter;
    }

    public int pages() {
        return bytes.length / PAGE_SIZE;
    }

    /** The declared maximum in pages, capped at {@link #MAX_PAGES}. */
    public int maxPages() {
        return maxPages;
    }

    /** {@code memory.grow}: the old size in pages, or -1 when the memory cannot grow by {@code delta}. */
    public int grow(int delta) {
        int old = pages();
        long wanted = (long) old + Integer.toUnsignedLong(delta);
        if (wanted > maxPages) {
            return -1;
        }
        if (delta != 0) {
            if (!limiter.memoryGrowing((long) old * PAGE_SIZE, wanted * PAGE_SIZE)) {
                return -1;
            }
            bytes = Arrays.copyOf(bytes, (int) wanted * PAGE_SIZE);
        }
        return old;
    }
}
