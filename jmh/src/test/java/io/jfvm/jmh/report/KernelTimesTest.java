package io.jfvm.jmh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class KernelTimesTest {

    private static KernelTimes withV8() throws IOException {
        return new KernelTimes(Samples.read(KernelTimes.FILE),
                V8Results.read(Samples.dir().resolve(KernelTimes.V8_FILE)));
    }

    @Test
    void ratiosAreTimesOverJfvmMeteredWithV8InNanoseconds() throws IOException {
        KernelTimes suite = withV8();
        assertEquals(0.75, suite.ratio("sha256", "jfvm-unmetered"), 1e-9); // 9 µs ÷ 12 µs
        assertEquals(3.0, suite.ratio("keccak", "chicory-compiler"), 1e-9);
        assertEquals(8000 / 12000.0, suite.ratio("sha256", "V8 (plain .wasm)"), 1e-9); // JMH µs against V8 ns
        assertEquals(1.5, suite.jfvmOverV8("sha256"), 1e-9);
        assertEquals(2.5, suite.jfvmOverV8("keccak"), 1e-9);
        assertEquals(Math.sqrt(0.75 * 0.8), suite.geometricMean("jfvm-unmetered"), 1e-9);
    }

    @Test
    void everyKernelMustBeWithinTwiceV8() throws IOException {
        KernelTimes suite = withV8();
        // The geometric mean, √(1.5 × 2.5) = 1.94, is within 2×, but keccak is not.
        assertEquals(Verdict.NOT_MET, suite.verdict());
        assertTrue(suite.body().contains("| keccak | 1.00× (50,000 ns) | 0.80× (40,000 ns) | 3.00× (150,000 ns) "
                + "| 0.40× (20,000 ns) | 0.60× (30,000 ns) | 2.50× |"), suite.body());
    }

    @Test
    void withoutV8TheTargetIsNotMeasured() throws IOException {
        KernelTimes suite = new KernelTimes(Samples.read(KernelTimes.FILE), null);
        assertEquals(Verdict.NOT_MEASURED, suite.verdict());
        assertTrue(suite.body().contains("V8 was not run"), suite.body());
    }
}
