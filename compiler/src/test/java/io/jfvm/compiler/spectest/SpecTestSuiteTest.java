package io.jfvm.compiler.spectest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole WebAssembly spec test suite (../shared/wasm-testsuite/json, SIMD excluded) and ends with
 * {@code N passed, M failed}. Every command must pass.
 */
class SpecTestSuiteTest {
    @Test
    void everySpecTestCommandPasses() throws Exception {
        Path root = SharedData.require("wasm-testsuite/json");

        SpecTestResult result = new SpecTestRunner(CompileOptions.DEFAULT).run(root, file -> { });

        // One line per failing script with its first failure: a module that does not load makes the later
        // commands of its script fail too, so the first failure is usually the cause.
        for (FileResult r : result.files()) {
            if (!r.fullyPassed()) {
                System.out.println(r.file() + ": " + r.failed() + " of " + r.commands() + " failed, first: "
                        + r.failures().get(0));
            }
        }
        System.out.println(result.summary());

        assertTrue(result.passed() > 0, "the suite ran no commands");
        assertEquals(0, result.failed(), () -> result.failed() + " spec test commands failed; first: "
                + result.failures().get(0));
    }
}
