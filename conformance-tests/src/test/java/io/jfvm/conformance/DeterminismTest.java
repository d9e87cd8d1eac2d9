package io.jfvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short determinism check of the build: a spread of vectors gives identical receipts, gas charges and state
 * roots on one thread, on two, and again in the same JVM. {@code scripts/determinism-matrix} runs every vector with 1,
 * 2 and 8 jobs, repeatedly, on JDK 17 and JDK 25.
 */
class DeterminismTest {
    @Test
    void aSpreadOfVectorsGivesTheSameResultsWhateverTheThreadsAndRepeats() throws Exception {
        Path shared = Path.of(System.getProperty("jfvm.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("vectors")) && Files.isDirectory(shared.resolve("bundles")),
                "shared test data not found at " + shared.toAbsolutePath() + " (set -Djfvm.shared=...); skipping");
        List<Path> all = VectorLoader.findVectorFiles(List.of(shared.resolve("vectors")));
        List<Path> spread = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 12) {
            spread.add(all.get(i));
        }
        VectorRunner runner = VectorRunner.standard(BundleLibrary.load(List.of(shared.resolve("bundles"))))
                .withAllGasTraces();
        List<VectorResult> one = VectorSuite.run(runner, spread, 1, r -> {});
        long charges = one.stream().flatMap(r -> r.variants().stream()).flatMap(v -> v.messages().stream())
                .mapToLong(m -> m.gasTrace().size()).sum();
        assertTrue(charges > 1000, "the digests must cover the gas traces: " + charges + " charges");
        RunDigest single = RunDigest.of(one);
        assertEquals(spread.size(), single.size());
        assertEquals(List.of(), single.differences(RunDigest.of(VectorSuite.run(runner, spread, 2, r -> {}))),
                "two threads");
        assertEquals(List.of(), single.differences(RunDigest.of(VectorSuite.run(runner, spread, 1, r -> {}))),
                "a second run in the same JVM");
    }
}
