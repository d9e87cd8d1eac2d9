package io.jfvm.runtime.executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfvm.ipld.types.TokenAmount;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Pins the fee formula to ref-fvm's {@code outputs.rs} unit tests and to a worked nv18 vector. */
class GasOutputsTest {
    @Test
    void overEstimationBurnMatchesUpstreamCases() {
        assertArrayEquals(new long[] {0, 2000}, GasOutputs.overEstimationBurn(0, 2000));
        assertArrayEquals(new long[] {10, 90}, GasOutputs.overEstimationBurn(100, 200));
        assertArrayEquals(new long[] {121, 30}, GasOutputs.overEstimationBurn(500, 651));
        // Within 10% of the limit nothing is burned.
        assertArrayEquals(new long[] {5, 0}, GasOutputs.overEstimationBurn(100, 105));
    }

    @Test
    void storageminerSendOk2Outputs() {
        // ext-0002-fil_10_storageminer-Send-Ok-2 (fvm-reference.md §3.10).
        GasOutputs out = GasOutputs.compute(1_165_163, 1_445_078, atto(371_785_367), atto(4_503_855_581L),
                atto(100_000_782));
        assertEquals(atto(433_190_553_569_821L), out.baseFeeBurn());
        assertEquals(atto(144_508_930_050_996L), out.minerTip());
        assertEquals(39_254, out.gasBurned());
        assertEquals(240_661, out.gasRefund());
        assertEquals(atto(14_594_062_796_218L), out.overEstimationBurn());
        assertEquals(atto(5_916_129_068_863_283L), out.refund());
        assertEquals(TokenAmount.ZERO, out.minerPenalty());
    }

    @Test
    void baseFeeAboveFeeCapPenalisesTheMiner() {
        GasOutputs out = GasOutputs.compute(100, 100, atto(10), atto(7), atto(5));
        assertEquals(atto(700), out.baseFeeBurn());
        assertEquals(atto(300), out.minerPenalty());
        assertEquals(TokenAmount.ZERO, out.minerTip());
        assertEquals(TokenAmount.ZERO, out.refund());
    }

    private static TokenAmount atto(long v) {
        return TokenAmount.ofAtto(BigInteger.valueOf(v));
    }
}
