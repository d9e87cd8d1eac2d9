package io.jfvm.gas.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing: random valid modules from binaryen's {@code wasm-opt --translate-to-fuzz}, every export
 * called on jfvm and on Chicory's interpreter, plain and FVM-instrumented ({@link ModuleRun}). Every build runs
 * a short campaign with a fixed seed; a long one is run with system properties:
 *
 * <pre>
 * mvn -B -pl gas-metering -am verify -Dtest=DifferentialFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfuzz.seed=1 -Dfuzz.count=100000 [-Dfuzz.start=0]
 * </pre>
 *
 * Findings are printed with the seed and index that reproduce them ({@code -Dfuzz.start=INDEX -Dfuzz.count=1})
 * and written to {@code gas-metering/target/fuzz-findings}. docs/reliability.md has the figures.
 */
class DifferentialFuzzTest {
    private static final long DEFAULT_SEED = 0x66757A7AL; // "fuzz"
    /** About 35 s of the build on a two-core machine. */
    private static final int DEFAULT_COUNT = 250;
    /** Reproducing a few modules need not reach both comparisons; a campaign this large must. */
    private static final int COVERAGE_CHECKED_FROM = 50;

    @Test
    void jfvmAgreesWithChicoryOnGeneratedModules() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int start = Integer.getInteger("fuzz.start", 0);
        int count = Integer.getInteger("fuzz.count", DEFAULT_COUNT);
        try (WasmOpt wasmOpt = WasmOpt.require()) {
            Campaign c = new Campaign(wasmOpt, seed, System.out, Path.of("target", "fuzz-findings"));
            c.run(start, count);
            Tally t = c.tally;
            System.out.printf("fuzz: seed %d, indices %d to %d, %d ms: %s%nfuzz: rejected by the FVM: %s%n", seed,
                    start, start + count - 1, c.millis, t.summary(), t.fvmRejected);
            assertTrue(c.findings.isEmpty(), c.findings.size() + " findings:\n"
                    + String.join("\n", c.findings.subList(0, Math.min(20, c.findings.size()))));
            if (count >= COVERAGE_CHECKED_FROM) {
                // A campaign that compares nothing proves nothing.
                assertTrue(t.plainCalls > 0 && t.fvmCalls > 0 && t.outOfGas > 0,
                        "the campaign compared too little: " + t.summary());
            }
        }
    }
}
