package io.jfvm.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs many vector files on a pool of worker threads and returns the results in file order. Workers get a 256 MiB
 * stack: deep but legal actor recursion must hit the deterministic limits (call depth, wasm stack) long before a
 * JVM {@link StackOverflowError}.
 */
public final class VectorSuite {
    /** Stack size of worker threads. */
    static final long WORKER_STACK_BYTES = 256L << 20;

    private VectorSuite() {}

    /**
     * Runs {@code files} with {@code jobs} workers; {@code onResult} is called (from worker threads, one call at a
     * time) as each vector finishes.
     */
    public static List<VectorResult> run(VectorRunner runner, List<Path> files, int jobs, Consumer<VectorResult> onResult)
            throws InterruptedException {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(null, r, "jfvm-vector-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(jobs, threads);
        try {
            List<Future<VectorResult>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    VectorResult r = runner.run(f);
                    synchronized (onResult) {
                        onResult.accept(r);
                    }
                    return r;
                }));
            }
            List<VectorResult> results = new ArrayList<>(files.size());
            for (Future<VectorResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    // run() reports every vector-level problem itself; anything here is a bug in the harness.
                    throw new IllegalStateException("vector runner failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
