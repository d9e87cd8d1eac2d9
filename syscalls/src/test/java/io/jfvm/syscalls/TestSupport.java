package io.jfvm.syscalls;

import static org.junit.jupiter.api.Assertions.fail;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.gas.instrument.FvmInstrumentation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Shared data location, wat2wasm and FVM-instrumented compilation for tests (also runtime's, via the test-jar). */
public final class TestSupport {
    private TestSupport() {}

    /** ../shared (system property jfvm.shared); skips the test with a message when it is absent. */
    static Path shared() {
        String prop = System.getProperty("jfvm.shared");
        Path p = Path.of(prop != null ? prop : "../../shared").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("bundles")),
                "shared data not found at " + p + " (set -Djfvm.shared): skipping");
        return p;
    }

    /** Compiles WAT text with wabt's wat2wasm; fails clearly when wat2wasm is not installed. */
    public static byte[] wat2wasm(String wat) {
        try {
            Path dir = Files.createTempDirectory("jfvm-syscalls-wat");
            Path in = dir.resolve("m.wat");
            Path out = dir.resolve("m.wasm");
            Files.writeString(in, wat);
            Process p;
            try {
                p = new ProcessBuilder("wat2wasm", in.toString(), "-o", out.toString())
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                fail("wat2wasm (wabt) is required for these tests and was not found on PATH: " + e.getMessage());
                return null;
            }
            String log = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("wat2wasm failed: " + log + "\n" + wat);
            }
            byte[] bytes = Files.readAllBytes(out);
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
            return bytes;
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    /** Compiles with the FVM instrumentation of network version {@code nv} (intrinsics on, NaN canonicalised). */
    static CompiledModule compileFvm(byte[] wasm, int nv) {
        return new WasmCompiler(new CompileOptions(FvmInstrumentation.forNetworkVersion(nv), true)).compile(wasm);
    }
}
