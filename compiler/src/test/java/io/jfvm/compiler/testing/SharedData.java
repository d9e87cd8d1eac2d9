package io.jfvm.compiler.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared, read-only test data ({@code ../shared}, or the {@code jfvm.shared} system property).
 * Tests that need it are skipped, with a message saying why, when it is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** The directory {@code relative} under the shared data root; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Path root = Path.of(System.getProperty("jfvm.shared", "../shared"));
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), () -> "shared test data not found at " + p.toAbsolutePath()
                + " (set -Djfvm.shared=<dir>); skipping");
        return p;
    }
}
