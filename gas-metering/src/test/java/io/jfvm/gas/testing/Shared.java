package io.jfvm.gas.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (system property {@code jfvm.shared}); tests skip with a message only when it is absent. */
public final class Shared {
    private Shared() {}

    public static Path dir() {
        Path p = Path.of(System.getProperty("jfvm.shared", "../shared")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p), "shared test data not found at " + p + " (set -Djfvm.shared); skipping");
        return p;
    }

    /** A path under ../shared that must exist once ../shared itself exists. */
    public static Path require(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) {
            throw new AssertionError("missing shared test data: " + p);
        }
        return p;
    }
}
