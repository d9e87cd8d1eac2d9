package io.jfvm.compiler.ir;

/** Size limits of a memory (in pages) or table (in elements); {@code max} is -1 when absent. */
public record Limits(long min, long max) {
    public static final long NO_MAX = -1;

    public boolean hasMax() {
        return max != NO_MAX;
    }
}
