package io.jfvm.gas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.types.OutOfGas;
import java.util.List;
import org.junit.jupiter.api.Test;

class GasTrackerTest {
    @Test
    void chargesUpToTheLimitAndThenSetsUsedToTheLimit() throws Exception {
        // ref-fvm basic_gas_tracker: limit 20, used 10, two charges of 5 fit, a third of 1 does not.
        GasTracker t = new GasTracker(Gas.of(20), Gas.of(10), false);
        t.charge("a", Gas.of(5));
        assertEquals(Gas.of(15), t.used());
        t.charge("b", Gas.of(5));
        assertEquals(Gas.of(20), t.used());
        OutOfGas e = assertThrows(OutOfGas.class, () -> t.charge("c", Gas.of(1)));
        assertEquals("c", e.chargeName());
        assertEquals(Gas.of(20), t.used());
    }

    @Test
    void outOfGasSetsUsedToLimitEvenWhenSomeGasRemained() {
        GasTracker t = new GasTracker(Gas.of(100), Gas.of(40), false);
        assertThrows(OutOfGas.class, () -> t.charge("big", Gas.of(61)));
        assertEquals(Gas.of(100), t.used());
        assertEquals(0, t.available());
        assertEquals(100, t.receiptGasUsed());
    }

    @Test
    void initialUsedIsCappedAtTheLimit() {
        GasTracker t = new GasTracker(1000, 5000, false);
        assertEquals(1000, t.used());
    }

    @Test
    void saturatingChargeNeverWrapsAround() {
        GasTracker t = new GasTracker(Long.MAX_VALUE, Long.MAX_VALUE - 10, false);
        assertThrows(OutOfGas.class, () -> t.charge("huge", Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, t.used());
        assertEquals(Long.MAX_VALUE, Gas.of(Long.MAX_VALUE / 10));
        assertEquals(Long.MAX_VALUE, Gas.add(Long.MAX_VALUE, 1));
        assertEquals(Long.MIN_VALUE, Gas.sub(Long.MIN_VALUE, 1));
        assertEquals(Long.MIN_VALUE, Gas.mul(Long.MAX_VALUE, -2));
    }

    @Test
    void roundsUpForReceiptsAndDownForAvailable() throws Exception {
        GasTracker t = new GasTracker(Gas.of(10), 0, false);
        t.charge("x", 1400); // 1.4 gas
        assertEquals(2, t.receiptGasUsed());
        assertEquals(8600, t.available());
        assertEquals(8, t.availableRoundedDown());
        assertEquals(0, Gas.roundUp(0));
        assertEquals(1, Gas.roundUp(1000));
        assertEquals(1, Gas.roundUp(100));
        assertEquals(0, Gas.roundDown(100));
    }

    @Test
    void negativeChargesLowerUsedAndReceiptsNeverGoBelowZero() throws Exception {
        // SKYR's OnDeleteActor is a refund.
        GasTracker t = new GasTracker(Gas.of(1_000_000), 0, false);
        t.charge("OnDeleteActor", Gas.of(-98_800));
        assertEquals(Gas.of(-98_800), t.used());
        assertEquals(0, t.receiptGasUsed());
    }

    @Test
    void subLimitsArePushedAndPopped() throws Exception {
        GasTracker t = new GasTracker(Gas.of(1000), 0, false);
        t.charge("outer", Gas.of(300));
        t.pushLimit(Gas.of(500));
        assertEquals(Gas.of(500), t.limit());
        assertEquals(0, t.used());
        t.charge("inner", Gas.of(200));
        t.popLimit();
        assertEquals(Gas.of(1000), t.limit());
        assertEquals(Gas.of(500), t.used());

        // A sub-limit above what is available is clipped to the available gas.
        t.pushLimit(Gas.of(10_000));
        assertEquals(Gas.of(500), t.limit());
        assertThrows(OutOfGas.class, () -> t.charge("inner", Gas.of(501)));
        assertEquals(Gas.of(500), t.used());
        t.popLimit();
        assertEquals(Gas.of(1000), t.used());
        assertThrows(IllegalStateException.class, t::popLimit);
    }

    @Test
    void traceRecordsEveryChargeIncludingTheOneThatRanOut() throws Exception {
        GasTracker t = new GasTracker(Gas.of(10), 0, true);
        t.apply(new GasCharge("OnBlockOpen", 300, 4000));
        assertThrows(OutOfGas.class, () -> t.charge("wasm_exec", Gas.of(10)));
        assertEquals(List.of(new GasCharge("OnBlockOpen", 300, 4000), GasCharge.compute("wasm_exec", Gas.of(10))),
                t.drainTrace());
        assertTrue(t.trace().isEmpty());
        assertTrue(new GasTracker(1, 0, false).trace().isEmpty());
    }
}
