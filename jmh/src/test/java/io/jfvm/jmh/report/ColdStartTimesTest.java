package io.jfvm.jmh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartTimesTest {

    @Test
    void eachForksFirstOpIsTheColdStart() throws IOException {
        List<ColdStartTimes.Row> rows = new ColdStartTimes(Samples.read(ColdStartTimes.FILE)).rows();
        ColdStartTimes.Row v9 = rows.get(0);
        assertEquals("v9", v9.bundle());
        assertEquals("compileBundle", v9.method());
        assertEquals(List.of(7.5, 8.5), v9.firstOps());
        assertEquals(8.0, v9.coldMean(), 1e-9);
        assertEquals(3.5, v9.warmMean(), 1e-9);
        assertTrue(v9.met());
    }

    @Test
    void targetsAreTenSecondsToCompileAndOneToLoad() throws IOException {
        ColdStartTimes suite = new ColdStartTimes(Samples.read(ColdStartTimes.FILE));
        ColdStartTimes.Row v10Compile = suite.rows().get(1);
        ColdStartTimes.Row v10Load = suite.rows().get(3);
        assertEquals(11.5, v10Compile.coldMean(), 1e-9);
        assertFalse(v10Compile.met()); // its later ops are well under 10 s, but a cold start is the first op
        assertEquals(1.0, v10Load.target());
        assertTrue(v10Load.met());
        assertEquals(Verdict.NOT_MET, suite.verdict());
    }
}
