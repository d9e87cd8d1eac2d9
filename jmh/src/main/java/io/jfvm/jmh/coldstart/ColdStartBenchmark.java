package io.jfvm.jmh.coldstart;

import io.jfvm.compiler.cache.CachingCompiler;
import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.runtime.engine.JfvmEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suite 4, cold start: how long a process takes before it can run a bundle's actors. {@code compileBundle}
 * compiles every actor of a bundle as production does ({@link JfvmEngine#precompile} on a pool of all processors);
 * {@code loadFromDiskCache} loads the same modules from a {@link DiskCache} that the trial's setup filled (in
 * another JVM, see {@link CacheFiller}).
 *
 * <p>Every op uses a fresh {@link JfvmEngine}, so nothing is cached in memory between ops. Single-shot with no warm-up
 * iterations: the first iteration of each fork is a cold JVM (the compiler itself still interpreted or being
 * JIT-compiled, which is part of a real cold start); later iterations show a process's second and further bundles.
 * Targets (issue "Cold start"): compile under 10 s, load from the cache under 1 s, on a 2-core machine.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
// The stack and heap the repository's tests give the compiler.
@Fork(value = 3, jvmArgsAppend = {"-Xss16m", "-Xmx4g"})
public class ColdStartBenchmark {

    /** The bundle, read into memory, and the pool the engine compiles on. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"v9", "v10"})
        public String bundle;

        ActorBundle actors;
        ExecutorService pool;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            actors = ActorBundle.load(bundle);
            pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            pool.shutdownNow();
        }
    }

    /**
     * A disk cache holding the whole bundle, filled by {@link CacheFiller} in a JVM of its own so that this JVM
     * stays cold. A separate state so that only {@code loadFromDiskCache} pays for it (JMH runs each benchmark
     * method in forks of its own).
     */
    @State(Scope.Benchmark)
    public static class FilledCache {
        Input input;
        Path dir;

        @Setup(Level.Trial)
        public void setUp(Input input) throws IOException, InterruptedException {
            this.input = input;
            dir = Files.createTempDirectory("jfvm-coldstart-" + input.bundle + "-");
            CacheFiller.fill(input.bundle, dir);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(FilledCache::delete);
            }
        }

        private static void delete(Path p) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Compiles every actor of the bundle with no cache at all. */
    @Benchmark
    public JfvmEngine compileBundle(Input in) {
        JfvmEngine engine = new JfvmEngine(in.actors.prices(), null);
        engine.precompile(in.actors.manifest(), in.actors.blocks(), in.pool);
        return engine;
    }

    /** Loads every actor of the bundle from the disk cache; fails if anything had to be compiled. */
    @Benchmark
    public JfvmEngine loadFromDiskCache(FilledCache cache) {
        ActorBundle actors = cache.input.actors;
        JfvmEngine engine = new JfvmEngine(actors.prices(), new DiskCache(cache.dir));
        engine.precompile(actors.manifest(), actors.blocks(), cache.input.pool);
        CachingCompiler.Counts counts = engine.counts();
        if (counts.compilations() != 0 || counts.diskHits() != actors.distinctModules()) {
            throw new IllegalStateException("expected " + actors.distinctModules()
                    + " modules loaded from " + cache.dir + " and none compiled, got " + counts);
        }
        return engine;
    }
}
