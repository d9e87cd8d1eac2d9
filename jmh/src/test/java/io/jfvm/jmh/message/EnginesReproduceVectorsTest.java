package io.jfvm.jmh.message;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chicory, as the engine comparison runs it, reproduces the vectors: every receipt (exit code, return bytes, gas)
 * of a group with one vector on each FVM line (nv17 and nv18), so the comparison compares engines that compute the
 * same thing through the same syscalls. (jfvm's own engine is checked on all vectors by the conformance ratchet;
 * each benchmark also verifies its engine on its group before timing it.)
 */
class EnginesReproduceVectorsTest {
    @BeforeAll
    static void sharedData() {
        Path shared = Path.of(System.getProperty("jfvm.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("vectors")) && Files.isDirectory(shared.resolve("bundles")),
                "shared vectors and bundles not found at " + shared.toAbsolutePath() + " (set -Djfvm.shared)");
    }

    @ParameterizedTest
    @CsvSource({"chicory-interpreter, ChangePeerID", "chicory-compiler, ChangePeerID"})
    void engineReproducesGroup(String engine, String group) {
        VectorGroup vectors = VectorGroup.load(group);
        vectors.verify(Runners.forEngine(engine), engine);
        assertTrue(vectors.messages() > 0);
    }
}
