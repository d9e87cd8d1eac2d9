package io.jfvm.gas.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * WAT to wasm through wabt's {@code wat2wasm}. The fixtures use mnemonics from before the 2019 renaming that
 * current wabt rejects, so they are mapped to today's names first (the fixtures README lists them). A missing
 * {@code wat2wasm} fails the test when ../shared is present (then these tests must run) and skips it otherwise.
 */
public final class Wat {
    private Wat() {}

    /** Maps legacy mnemonics to current ones. */
    public static String modernise(String wat) {
        return wat.replace("get_local", "local.get")
                .replace("set_local", "local.set")
                .replace("tee_local", "local.tee")
                .replace("get_global", "global.get")
                .replace("set_global", "global.set")
                .replace("grow_memory", "memory.grow")
                .replace("anyfunc", "funcref")
                .replaceAll("memory\\.grow[ \\t]+0\\b", "memory.grow");
    }

    /** Assembles a fixture file; {@code validate} false assembles modules that are not valid on their own. */
    public static byte[] assemble(Path file, boolean validate) {
        try {
            return assemble(Files.readString(file), validate, file.toString());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    public static byte[] assemble(String wat, boolean validate, String what) {
        try {
            Path dir = Files.createTempDirectory("jfvm-wat");
            try {
                Path in = dir.resolve("in.wat");
                Path out = dir.resolve("out.wasm");
                Files.writeString(in, modernise(wat));
                List<String> cmd = new ArrayList<>(List.of("wat2wasm", in.toString(), "-o", out.toString()));
                if (!validate) {
                    cmd.add("--no-check");
                }
                Process p;
                try {
                    p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                } catch (IOException e) {
                    // Without ../shared (a fresh clone) the WAT-based tests may skip; with it they must run.
                    Path shared = Path.of(System.getProperty("jfvm.shared", "../shared")).toAbsolutePath();
                    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared),
                            "wat2wasm not installed and no shared test data at " + shared + "; skipping");
                    throw new AssertionError("wat2wasm (wabt) is required for the instrumentation tests but could"
                            + " not be started; install it with `apt-get install -y wabt`", e);
                }
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new AssertionError("wat2wasm failed on " + what + ":\n" + log);
                }
                return Files.readAllBytes(out);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new AssertionError("wat2wasm I/O failed on " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
