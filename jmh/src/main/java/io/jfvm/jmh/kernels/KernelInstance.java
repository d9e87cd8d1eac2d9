package io.jfvm.jmh.kernels;

/** A kernel module instantiated on one engine, ready to run. */
public interface KernelInstance {
    /** Calls the kernel's {@code (i32) -> i64} export with {@code iterations} and returns its checksum. */
    long run(int iterations);

    /**
     * Calls the {@code () -> i32} export {@code name}, which leaves a result in linear memory and returns its
     * address, and returns the {@code length} bytes found there; for known-answer tests.
     */
    byte[] resultBytes(String name, int length);
}
