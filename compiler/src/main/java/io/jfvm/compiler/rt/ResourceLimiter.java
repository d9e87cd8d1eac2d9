package io.jfvm.compiler.rt;

/**
 * Decides whether an instance's own memory and tables may be created or grow (wasmtime's {@code ResourceLimiter}):
 * asked at instantiation with a current size of 0, and at every {@code memory.grow} and {@code table.grow} by a
 * non-zero amount that the declared maximum allows. A growth it refuses returns -1 to the code; a refused
 * instantiation throws {@link ResourceLimitException}. An embedder sets limits the module itself does not declare.
 */
public interface ResourceLimiter {
    /** Whether a memory may go from {@code currentBytes} to {@code desiredBytes}. */
    boolean memoryGrowing(long currentBytes, long desiredBytes);

    /** Whether a table may go from {@code currentElements} to {@code desiredElements}. */
    boolean tableGrowing(long currentElements, long desiredElements);

    /** No limits beyond the module's own and the engine's. */
    ResourceLimiter NONE = new ResourceLimiter() {
        @Override
        public boolean memoryGrowing(long currentBytes, long desiredBytes) {
            return true;
        }

        @Override
        public boolean tableGrowing(long currentElements, long desiredElements) {
            return true;
        }
    };
}
