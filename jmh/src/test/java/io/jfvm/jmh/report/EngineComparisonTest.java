package io.jfvm.jmh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineComparisonTest {

    @Test
    void ratiosAreJfvmThroughputOverTheEngines() throws IOException {
        EngineComparison suite = new EngineComparison(Samples.read(EngineComparison.FILE));
        assertEquals(1.0, suite.ratio("Send", "jfvm"), 1e-9);
        assertEquals(4.0, suite.ratio("Send", "chicory-compiler"), 1e-9); // 300 ÷ 75 ops/s
        assertEquals(2.5, suite.ratio("PreCommitSector", "chicory-compiler"), 1e-9); // 20 ÷ 8
        assertEquals(40.0, suite.ratio("PreCommitSector", "chicory-interpreter"), 1e-9);
    }

    @Test
    void theTargetIsOnTheGeometricMean() throws IOException {
        EngineComparison suite = new EngineComparison(Samples.read(EngineComparison.FILE));
        // One group below 3.0, but the geometric mean √(4.0 × 2.5) = 3.16 meets it.
        assertEquals(Math.sqrt(10), suite.geometricMean("chicory-compiler"), 1e-9);
        assertEquals(Math.sqrt(30 * 40), suite.geometricMean("chicory-interpreter"), 1e-9);
        assertEquals(Verdict.MET, suite.verdict());
        assertTrue(suite.body().contains("| **geometric mean** | **1.00×** | **3.16×** | **34.64×** |"),
                suite.body());
    }

    @Test
    void withoutTheChicoryCompilerTheTargetIsNotMeasured() throws IOException {
        List<JmhResult> jfvmOnly = Samples.read(EngineComparison.FILE).stream()
                .filter(r -> r.param("engine").equals("jfvm")).toList();
        assertEquals(Verdict.NOT_MEASURED, new EngineComparison(jfvmOnly).verdict());
    }
}
