package io.jfvm.gas.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Binaryen's {@code wasm-opt}, which turns arbitrary bytes into a valid module ({@code --translate-to-fuzz}).
 * The translation is a pure function of the input bytes and the flags, so a module is reproduced by
 * regenerating its bytes.
 */
final class WasmOpt implements AutoCloseable {
    /** wasm-opt takes a few milliseconds; this only stops a wedged process from stalling a campaign. */
    private static final long TIMEOUT_SECONDS = 60;

    private final String executable;
    private final Path dir;

    private WasmOpt(String executable) throws IOException {
        this.executable = executable;
        this.dir = Files.createTempDirectory("jfvm-fuzz");
    }

    /**
     * wasm-opt from the PATH. It must be there when ../shared is (CI installs binaryen, as it installs wabt); a
     * bare clone without either skips the test.
     */
    static WasmOpt require() {
        try {
            Process p = new ProcessBuilder("wasm-opt", "--version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("wasm-opt --version failed: " + version);
            }
            return new WasmOpt("wasm-opt");
        } catch (IOException e) {
            Path shared = Path.of(System.getProperty("jfvm.shared", "../shared")).toAbsolutePath();
            Assumptions.assumeTrue(Files.isDirectory(shared),
                    "wasm-opt not installed and no shared test data at " + shared + "; skipping");
            throw new AssertionError("wasm-opt (binaryen) is required for differential fuzzing but could not be "
                    + "started; install it with `apt-get install -y binaryen`", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The module binaryen derives from {@code randomBytes} with these feature flags. */
    byte[] translateToFuzz(byte[] randomBytes, List<String> featureFlags) {
        List<String> args = new ArrayList<>(List.of("--translate-to-fuzz"));
        args.addAll(featureFlags);
        return run(randomBytes, args);
    }

    /**
     * {@code wasm} with every float value that could be a NaN filtered through a helper that turns NaN into 0
     * ({@code --denan}), so that no NaN is ever observed: NaN payloads are nondeterministic in WebAssembly.
     */
    byte[] deNaN(byte[] wasm, List<String> featureFlags) {
        List<String> args = new ArrayList<>(List.of("--denan"));
        args.addAll(featureFlags);
        return run(wasm, args);
    }

    private byte[] run(byte[] input, List<String> args) {
        Path in = dir.resolve("in.bin");
        Path out = dir.resolve("out.wasm");
        try {
            Files.write(in, input);
            Files.deleteIfExists(out);
            List<String> cmd = new ArrayList<>(List.of(executable, in.toString()));
            cmd.addAll(args);
            cmd.addAll(List.of("-o", out.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wasm-opt did not finish: " + String.join(" ", cmd));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("wasm-opt failed (" + p.exitValue() + "): " + String.join(" ", cmd)
                        + "\n" + log);
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new IllegalStateException("wasm-opt I/O failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(dir.resolve("in.bin"));
        Files.deleteIfExists(dir.resolve("out.wasm"));
        Files.deleteIfExists(dir);
    }
}
