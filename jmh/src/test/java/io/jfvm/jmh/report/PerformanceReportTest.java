package io.jfvm.jmh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceReportTest {
    private static final Instant WHEN = Instant.parse("2026-11-21T19:30:00Z");
    private static final Machine MACHINE = new Machine(2, "Intel(R) Xeon(R) Processor", "0.50 0.40 0.30");

    @Test
    void headerGivesDateMachineJvmAndCommand() throws IOException {
        String md = new PerformanceReport(Samples.dir()).render(WHEN, MACHINE, "jmh/run-benchmarks --quick");
        assertTrue(md.startsWith("# jfvm performance\n\nGenerated 2026-11-21 19:30 UTC by `jmh/run-benchmarks "
                + "--quick`.\n\n- Machine: 2 processors (`nproc`), Intel(R) Xeon(R) Processor; load average "
                + "(1, 5, 15 min) before the run: 0.50 0.40 0.30\n"
                + "- JVM: OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1 (JDK 17.0.15)\n"), md);
        assertTrue(md.contains("- JVM arguments, Suite 4: cold start: `-Djfvm.shared=/work/shared -Xss16m -Xmx4g`"),
                md);
    }

    @Test
    void aBusyMachineIsSaid() throws IOException {
        String md = new PerformanceReport(Samples.dir()).render(WHEN,
                new Machine(2, "Intel(R) Xeon(R) Processor", "3.10 2.00 1.00"), "run");
        assertTrue(md.contains("load average (1, 5, 15 min) before the run: 3.10 2.00 1.00 (above the processor "
                + "count: other work was running, so absolute times are inflated)\n"), md);
    }

    @Test
    void summarisesEverySuitesVerdict() throws IOException {
        String md = new PerformanceReport(Samples.dir()).render(WHEN, MACHINE, "run");
        assertTrue(md.contains("| Suite 1: message execution | " + MessageThroughput.TARGET + " | **not met** |"));
        assertTrue(md.contains("| Suite 2: jfvm against other engines | " + EngineComparison.TARGET
                + " | **met** |"));
        assertTrue(md.contains("| Suite 3: compute kernels | " + KernelTimes.TARGET + " | **not met** |"));
        assertTrue(md.contains("| Suite 4: cold start | " + ColdStartTimes.TARGET + " | **not met** |"));
    }

    @Test
    void missingResultsAreReportedAsNotRun(@TempDir Path empty) throws IOException {
        PerformanceReport report = new PerformanceReport(empty);
        assertEquals(4, report.sections().size());
        report.sections().forEach(s -> assertEquals(Verdict.NOT_MEASURED, s.verdict()));
        String md = report.render(WHEN, MACHINE, "run");
        assertTrue(md.contains("Not run: there is no `suite1-messages.json` in the results directory."), md);
        assertTrue(md.contains("Not run: there is no `suite4-coldstart.json` in the results directory."), md);
    }
}
