package io.jfvm.jmh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreUnitsTest {

    @Test
    void convertsJmhUnits() {
        assertEquals(2000, ScoreUnits.perSecond(2, "ops/ms"), 1e-9);
        assertEquals(5, ScoreUnits.perSecond(5, "ops/s"), 1e-9);
        assertEquals(1500, ScoreUnits.nanos(1.5, "us/op"), 1e-9);
        assertEquals(2.5, ScoreUnits.seconds(2500, "ms/op"), 1e-9);
    }

    @Test
    void rejectsARateWhereATimeIsExpected() {
        assertThrows(IllegalArgumentException.class, () -> ScoreUnits.nanos(1, "ops/s"));
        assertThrows(IllegalArgumentException.class, () -> ScoreUnits.perSecond(1, "us/op"));
    }
}
