package io.jfvm.syscalls;

import static org.junit.jupiter.api.Assertions.fail;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
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

    /**
     * The ABI these tests use for a network version: 17 stands for FVM v2, 18 for v3, 21 for v4 (which line runs which
     * network version is the runtime's decision; here it only names the two lines).
     */
    static SyscallAbi abi(int nv) {
        return switch (nv) {
            case 17 -> SyscallAbiV2.INSTANCE;
            case 18 -> SyscallAbiV3.INSTANCE;
            case 21 -> SyscallAbiV4.INSTANCE;
            default -> throw new IllegalArgumentException("syscall tests use nv17 (FVM v2), nv18 (v3) or nv21 (v4), not "
                    + nv);
        };
    }

    /** The price list of the line {@link #abi(int)} names: SKYR for 17, HYGGE for 18, WATERMELON for 21. */
    static PriceList prices(int nv) {
        SyscallAbi abi = abi(nv);
        if (abi instanceof SyscallAbiV2) {
            return PriceLists.SKYR;
        }
        return abi instanceof SyscallAbiV4 ? PriceLists.WATERMELON : PriceLists.HYGGE;
    }

    /** Compiles with the FVM instrumentation of {@link #prices(int)} (intrinsics on, NaN canonicalised). */
    static CompiledModule compileFvm(byte[] wasm, int nv) {
        return new WasmCompiler(new CompileOptions(FvmInstrumentation.passes(prices(nv)), true)).compile(wasm);
    }
}
