package io.jfvm.jmh.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the compute kernels with {@code kernels/build.sh} (skipped without clang and lld) and checks that every engine
 * of the benchmark computes the checksum {@code kernels.json} records, and that the hash kernels give the
 * standard digests of "abc".
 */
class ComputeKernelsTest {
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String BLAKE2B_256_ABC = "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319";

    @TempDir
    static Path built;
    /** Whether clang and lld are available; the tests are skipped one by one otherwise, so each reports why. */
    private static boolean toolchain;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        toolchain = succeeds("clang", "--version") && succeeds("wasm-ld", "--version");
        if (!toolchain) {
            return;
        }
        // Surefire runs in the module directory; the script instruments with this test's class path. Its output
        // is captured, not inherited: writing to the forked JVM's own stdout corrupts Surefire's channel.
        ProcessBuilder pb = new ProcessBuilder("bash", "kernels/build.sh", built.toString()).redirectErrorStream(true);
        pb.environment().put("JFVM_KERNELS_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> "kernels/build.sh failed:\n" + output);
    }

    @BeforeEach
    void requireToolchain() {
        assumeTrue(toolchain, "clang or wasm-ld (lld) is not on the PATH: the compute kernels cannot be built");
    }

    private static boolean succeeds(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyEngineComputesTheCatalogChecksum() {
        List<Kernel> kernels = Kernel.catalog(built);
        assertEquals(List.of("blake2b", "sha256", "cbor", "hamt", "sort"), kernels.stream().map(Kernel::name).toList());
        for (Kernel k : kernels) {
            for (KernelEngine engine : KernelEngine.values()) {
                long actual = engine.instantiate(built, k).run(k.iterations());
                assertEquals(Kernel.hex(k.checksum()), Kernel.hex(actual), k.name() + " on " + engine.id);
            }
        }
    }

    @Test
    void hashKernelsGiveTheKnownDigestsOfAbc() {
        for (KernelEngine engine : KernelEngine.values()) {
            assertDigest(SHA256_ABC, engine, "sha256");
            assertDigest(BLAKE2B_256_ABC, engine, "blake2b");
        }
    }

    private static void assertDigest(String expected, KernelEngine engine, String kernel) {
        KernelInstance instance = engine.instantiate(built, Kernel.named(built, kernel));
        assertArrayEquals(HexFormat.of().parseHex(expected), instance.resultBytes("abc", 32),
                kernel + "(\"abc\") on " + engine.id);
    }
}
