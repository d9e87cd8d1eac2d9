package io.jfvm.jmh.kernels;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Compute kernels written in C and compiled with clang (jmh/kernels), on jfvm with and without gas metering
 * and on Chicory's compiler; {@code jmh/kernels/v8-bench.mjs} runs the same modules and iteration counts on V8.
 * One operation is one call of the kernel's {@code run(iterations)}; compilation and instantiation happen in
 * the trial setup, which also checks the checksum against the unmetered jfvm result and the catalog's.
 *
 * <p>Run from the repository root after {@code jmh/kernels/build.sh}:
 * {@code java -jar jmh/target/benchmarks.jar ComputeKernel}; {@code -Djfvm.kernels=DIR} for another directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComputeKernelBenchmark {
    @Param({"blake2b", "sha256", "cbor", "hamt", "sort"})
    public String kernel;

    @Param({"jfvm", "jfvm-unmetered", "chicory-compiler", "chicory-compiler-metered"})
    public String engine;

    private KernelInstance instance;
    private int iterations;

    @Setup(Level.Trial)
    public void setUp() {
        Path directory = Kernel.directory();
        Kernel k = Kernel.named(directory, kernel);
        long reference = KernelEngine.JFVM_UNMETERED.instantiate(directory, k).run(k.iterations());
        if (reference != k.checksum()) {
            throw new IllegalStateException(kernel + ": jfvm-unmetered returned " + Kernel.hex(reference) + ", "
                    + Kernel.CATALOG + " expects " + Kernel.hex(k.checksum()));
        }
        instance = KernelEngine.byId(engine).instantiate(directory, k);
        long actual = instance.run(k.iterations());
        if (actual != reference) {
            throw new IllegalStateException(kernel + ": " + engine + " returned " + Kernel.hex(actual)
                    + ", jfvm-unmetered " + Kernel.hex(reference));
        }
        iterations = k.iterations();
    }

    @Benchmark
    public long run() {
        return instance.run(iterations);
    }
}
