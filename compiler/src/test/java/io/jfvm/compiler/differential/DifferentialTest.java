package io.jfvm.compiler.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.testing.SpecModules;
import io.jfvm.compiler.testing.SpecModules.SpecModule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Differential testing against Chicory's interpreter: every numeric export of the spec suite's import-free
 * modules is called on both engines with generated arguments, and results and traps must agree (or, where
 * Chicory is known to be wrong, jfvm must agree with an oracle: {@link ReferenceDeviations}).
 *
 * <p>About 25,000 calls; with Chicory's interpreter on one side this takes one to four minutes of the build.
 */
class DifferentialTest {
    /**
     * Scripts whose exports take iteration counts or recursion depths (factorials, Fibonacci, loops): generated
     * arguments only make them run for minutes.
     */
    private static final Set<String> SLOW_SCRIPTS = Set.of("fac", "loop", "call", "call_indirect", "stack",
            "skip-stack-guard-page", "func_ptrs");

    @Test
    void compiledCodeAgreesWithChicoryOnGeneratedInputs() throws Exception {
        long start = System.nanoTime();
        try (Comparison c = new Comparison()) {
            for (SpecModule spec : SpecModules.wellFormed()) {
                if (!SLOW_SCRIPTS.contains(spec.script())) {
                    c.module(spec);
                }
            }
            System.out.printf("differential: %d modules, %d calls compared (%d against an oracle where Chicory is "
                    + "known wrong), memories compared after %d functions, %d functions cut short (reference too "
                    + "slow), %d calls without a reference result, %d mismatches, in %d ms%n", c.modules, c.calls,
                    c.oracleChecked, c.memoriesCompared, c.cutShort, c.referenceFailures.size(), c.mismatches.size(),
                    (System.nanoTime() - start) / 1_000_000);
            c.referenceFailures.stream().limit(10).forEach(m -> System.out.println("  reference failed: " + m));
            c.mismatches.stream().limit(50).forEach(m -> System.out.println("  " + m));
            assertTrue(c.modules > 100, "expected the spec suite's import-free modules, found " + c.modules);
            assertTrue(c.mismatches.isEmpty(), c.mismatches.size() + " calls disagree, e.g.:\n"
                    + String.join("\n", c.mismatches.subList(0, Math.min(20, c.mismatches.size()))));
        }
    }
}
