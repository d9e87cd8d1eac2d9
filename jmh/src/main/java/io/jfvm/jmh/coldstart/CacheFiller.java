package io.jfvm.jmh.coldstart;

import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.jmh.SharedData;
import io.jfvm.runtime.engine.JfvmEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fills a disk cache with a bundle's compiled actors, in a JVM of its own: compiling in the benchmark's JVM would
 * JIT-compile code that loading also runs, so the first load would no longer be a cold start.
 *
 * <p>Usage: {@code CacheFiller BUNDLE DIR}, with the shared data located as in {@link SharedData}.
 */
public final class CacheFiller {
    private CacheFiller() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CacheFiller BUNDLE DIR");
        }
        ActorBundle actors = ActorBundle.load(args[0]);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            JfvmEngine engine = new JfvmEngine(actors.prices(), new DiskCache(Path.of(args[1])));
            engine.precompile(actors.manifest(), actors.blocks(), pool);
            if (engine.counts().compilations() != actors.distinctModules()) {
                throw new IllegalStateException("compiled " + engine.counts().compilations() + " modules, the "
                        + args[0] + " bundle has " + actors.distinctModules() + ": was " + args[1] + " not empty?");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs this class in a new JVM with this JVM's class path, and waits for it. */
    static void fill(String bundle, Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xss16m", "-Xmx4g",
                "-Djfvm.shared=" + SharedData.root(), "-cp", System.getProperty("java.class.path"),
                CacheFiller.class.getName(), bundle, dir.toString())).inheritIO().start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("filling the disk cache for " + bundle + " failed (exit " + exit + ")");
        }
    }
}
