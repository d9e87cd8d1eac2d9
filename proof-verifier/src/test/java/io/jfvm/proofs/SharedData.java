package io.jfvm.proofs;

import io.jfvm.proofs.params.ParameterCache;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Locates ../shared (system property jfvm.shared) and skips tests with a message when absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("jfvm.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("proof-params")),
                "shared data not found at " + p.toAbsolutePath() + " (set -Djfvm.shared=...); skipping");
        return p;
    }

    public static Path proofParams() {
        return root().resolve("proof-params");
    }

    public static Path v27() {
        return proofParams().resolve("v27");
    }

    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The v27 32GiB keys, checked against parameters-v27.json. */
    public static ParameterCache v27Cache() {
        Path dir = v27();
        return new ParameterCache(dir, dir.resolve("parameters-v27.json"), "v27");
    }

    public static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.startsWith("0x") ? s.substring(2) : s);
    }

    public static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
