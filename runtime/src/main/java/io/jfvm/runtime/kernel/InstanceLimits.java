package io.jfvm.runtime.kernel;

import io.jfvm.compiler.rt.ResourceLimiter;
import io.jfvm.runtime.call.CallStackMemory;

/**
 * The memory limits of one instance from FVM v3 on ({@code fvm/src/engine/mod.rs}, {@code machine/mod.rs}
 * {@code NetworkConfig::new}): its memory at most 512 MiB and each table at most 20,000 elements (the pooling
 * allocator's sizes), and everything it allocates counted against its call stack's 2 GiB
 * ({@link CallStackMemory}), a table element as 8 bytes. Refused growth makes {@code memory.grow} and
 * {@code table.grow} return -1; refused initial sizes end the invocation with exit 4.
 */
public final class InstanceLimits implements ResourceLimiter {
    /** {@code max_inst_memory_bytes}. */
    public static final long MAX_INSTANCE_MEMORY = 512L << 20;
    /** The pooling allocator's {@code table_elements}. */
    public static final long MAX_TABLE_ELEMENTS = 20_000;
    /** {@code max_memory_bytes}. */
    public static final long MAX_CALL_STACK_MEMORY = 2L << 30;
    /** Each table element reserves a pointer. */
    static final long TABLE_ELEMENT_BYTES = 8;

    private final CallStackMemory stack;

    public InstanceLimits(CallStackMemory stack) {
        this.stack = stack;
    }

    @Override
    public boolean memoryGrowing(long currentBytes, long desiredBytes) {
        return desiredBytes <= MAX_INSTANCE_MEMORY && stack.grow(desiredBytes - currentBytes);
    }

    @Override
    public boolean tableGrowing(long currentElements, long desiredElements) {
        return desiredElements <= MAX_TABLE_ELEMENTS
                && stack.grow((desiredElements - currentElements) * TABLE_ELEMENT_BYTES);
    }
}
