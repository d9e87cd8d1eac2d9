package io.jfvm.jmh;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find the shared data (vectors, bundles): the system property {@code jfvm.shared}, default
 * {@code ../shared} relative to the working directory, as in the tests. The run script passes an absolute path, so
 * JMH's forked JVMs (which inherit the host's JVM arguments) find it from any directory.
 */
public final class SharedData {
    private SharedData() {}

    /** The shared data directory; a clear error when it is missing. */
    public static Path root() {
        Path p = Path.of(System.getProperty("jfvm.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data directory " + p
                    + " not found: run from the repository root with ../shared present, or set -Djfvm.shared=DIR");
        }
        return p;
    }

    /** A directory under the shared data, which must exist. */
    public static Path dir(String name) {
        Path p = root().resolve(name);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data directory " + p + " not found");
        }
        return p;
    }
}
