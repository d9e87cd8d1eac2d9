package io.jfvm.compiler.spectest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole WebAssembly spec test suite (../shared/wasm-testsuite/json, SIMD excluded) and ends with
 * {@code N passed, M failed}. Every command must pass, with the default compile options and again with
 * function splitting forced on nearly every function: the spec tests have no function large enough to be split
 * otherwise, and the outlined regions (exits, carried values, locals handed across) must behave exactly like
 * inline code.
 */
class SpecTestSuiteTest {
    /** Small enough that most functions are split, often into chains of prefix regions. */
    private static final int FORCED_SPLIT_BUDGET = 40;

    @Test
    void everySpecTestCommandPasses() throws Exception {
        runSuite(CompileOptions.DEFAULT);
    }

    @Test
    void everySpecTestCommandPassesWithFunctionsSplit() throws Exception {
        runSuite(CompileOptions.DEFAULT.withSplitBudget(FORCED_SPLIT_BUDGET));
    }

    private static void runSuite(CompileOptions options) throws Exception {
        Path root = SharedData.require("wasm-testsuite/json");

        SpecTestResult result = new SpecTestRunner(options).run(root, file -> { });

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
