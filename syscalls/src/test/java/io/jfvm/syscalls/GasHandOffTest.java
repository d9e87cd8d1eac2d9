package io.jfvm.syscalls;

import io.jfvm.ipld.types.OutOfGas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.gas.GasCharge;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gas hand-off around syscalls (ref-fvm {@code charge_for_exec} / {@code update_gas_available}). */
class GasHandOffTest {
    static final long ON_SYSCALL = 14_000_000L;
    static final int BAD_RET = 0xFFFFFFF0;

    private static List<GasCharge> drain(TestActor a) {
        return a.kernel.tracker.drainTrace();
    }

    private static void assertCharge(GasCharge c, String name, long milligas) {
        assertEquals(name, c.name(), "charge name of " + c);
        assertEquals(milligas, c.totalMilligas(), "amount of " + c);
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void settlesExecChargesSyscallAndWritesBack(int nv) {
        TestActor a = TestActor.create(nv, 1_000_000_000L);
        long start = a.counter();
        assertEquals(a.kernel.tracker.available(), start, "update_gas_available writes the tracker's available gas");
        a.setCounter(start - 5000);
        assertEquals(0, a.host("debug", "enabled", 0));
        List<GasCharge> t = drain(a);
        assertEquals(2, t.size(), t.toString());
        assertCharge(t.get(0), "wasm_exec", 5000);
        assertCharge(t.get(1), "OnSyscall", ON_SYSCALL);
        assertEquals(start - 5000 - ON_SYSCALL, a.counter());
        assertEquals(a.kernel.tracker.available(), a.counter());
        assertEquals(a.counter(), a.ctx().lastGasAvailable());
    }

    @Test
    void earlyReturnQuirkV3ChargesPreSyscallExecTwice() {
        TestActor a = TestActor.create(18, 1_000_000_000L);
        long c = a.counter();
        a.setCounter(c - 7000);
        assertEquals(1, a.host("debug", "enabled", BAD_RET), "bad ret pointer: IllegalArgument");
        List<GasCharge> t = drain(a);
        assertCharge(t.get(0), "wasm_exec", 7000);
        assertCharge(t.get(1), "OnSyscall", ON_SYSCALL);
        assertEquals(c - 7000, a.counter(), "no update_gas_available on the early return");
        assertEquals(c, a.ctx().lastGasAvailable());
        a.setCounter(c - 7100);
        assertEquals(0, a.host("debug", "enabled", 0));
        t = drain(a);
        assertCharge(t.get(0), "wasm_exec", 7100);
        assertEquals(2 * 7000 + 100 + 2 * ON_SYSCALL, a.kernel.tracker.used());
        assertEquals(a.kernel.tracker.available(), a.counter());
    }

    @Test
    void earlyReturnV2DoesNotDoubleCharge() {
        TestActor a = TestActor.create(17, 1_000_000_000L);
        long c = a.counter();
        a.setCounter(c - 7000);
        assertEquals(1, a.host("debug", "enabled", BAD_RET));
        drain(a);
        assertEquals(c - 7000, a.counter(), "no update_gas_available on the early return");
        assertEquals(c - 7000, a.ctx().lastGasAvailable(), "v2 charge_for_exec moves last_available");
        a.setCounter(c - 7100);
        assertEquals(0, a.host("debug", "enabled", 0));
        List<GasCharge> t = drain(a);
        assertCharge(t.get(0), "wasm_exec", 100);
        assertEquals(7000 + 100 + 2 * ON_SYSCALL, a.kernel.tracker.used());
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void negativeCounterIsOutOfGas(int nv) {
        TestActor a = TestActor.create(nv, 1_000_000L);
        a.setCounter(-1);
        RuntimeException e = assertThrows(RuntimeException.class, () -> a.host("debug", "enabled", 0));
        assertInstanceOf(OutOfGas.class, e);
        assertEquals(a.kernel.tracker.limit(), a.kernel.tracker.used(), "OOG sets used := limit");
        assertEquals(7, ExitCodes.exitCode(e));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void onSyscallOutOfGasAborts(int nv) {
        TestActor a = TestActor.create(nv, 10_000L); // less than one OnSyscall
        assertInstanceOf(OutOfGas.class, assertThrows(RuntimeException.class, () -> a.host("debug", "enabled", 0)));
    }

    @Test
    void v3SplitsMemoryGrowthOutOfExec() {
        TestActor a = TestActor.create(18, 1_000_000_000L);
        long c = a.counter();
        assertEquals(1, a.instance.memory.grow(1));
        a.setCounter(c - 30_000_000L);
        assertEquals(0, a.host("debug", "enabled", 0));
        List<GasCharge> t = drain(a);
        long grow = a.kernel.prices.wasm().growMemoryGas(65536);
        assertEquals(26_214_400L, grow);
        assertCharge(t.get(0), "wasm_exec", 30_000_000L - grow);
        assertCharge(t.get(1), "wasm_memory_grow", grow);
        assertCharge(t.get(2), "OnSyscall", ON_SYSCALL);
    }

    @Test
    void v3MemoryGrowthChargeIsCappedAtExec() {
        TestActor a = TestActor.create(18, 1_000_000_000L);
        long c = a.counter();
        a.instance.memory.grow(1);
        a.setCounter(c - 1000);
        a.host("debug", "enabled", 0);
        List<GasCharge> t = drain(a);
        assertCharge(t.get(0), "wasm_exec", 0);
        assertCharge(t.get(1), "wasm_memory_grow", 1000);
    }

    @Test
    void v2HasNoMemoryGrowthSplit() {
        TestActor a = TestActor.create(17, 1_000_000_000L);
        long c = a.counter();
        a.instance.memory.grow(1);
        a.setCounter(c - 30_000_000L);
        a.host("debug", "enabled", 0);
        List<GasCharge> t = drain(a);
        assertCharge(t.get(0), "wasm_exec", 30_000_000L);
        assertCharge(t.get(1), "OnSyscall", ON_SYSCALL);
    }

    /** v3 {@code bind.rs} runs {@code update_gas_available} after a syscall that aborts too. */
    @Test
    void v3ExitSyncsTheCounterSoExecIsNotChargedAgain() {
        TestActor a = TestActor.create(18, 1_000_000_000L);
        long c = a.counter();
        a.setCounter(c - 1000);
        RuntimeException exit = assertThrows(RuntimeException.class, () -> a.host("vm", "exit", 16, 0, 0, 0));
        assertEquals(16, ExitCodes.exitCode(exit));
        assertEquals(exit, ExitCodes.afterInvoke(a.ctx(), exit));
        List<GasCharge> t = drain(a);
        assertCharge(t.get(0), "wasm_exec", 1000);
        assertCharge(t.get(1), "OnSyscall", ON_SYSCALL);
        assertCharge(t.get(2), "wasm_exec", 0);
    }

    @Test
    void v2AbortDoesNotChargeExecAgain() {
        TestActor a = TestActor.create(17, 1_000_000_000L);
        long c = a.counter();
        a.setCounter(c - 1000);
        RuntimeException exit = assertThrows(RuntimeException.class, () -> a.host("vm", "abort", 16, 0, 0));
        assertEquals(exit, ExitCodes.afterInvoke(a.ctx(), exit));
        List<GasCharge> t = drain(a);
        assertCharge(t.get(2), "wasm_exec", 0);
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void throughWasmUsedGasEqualsCounterDrop(int nv) {
        TestActor a = TestActor.create(nv, 1_000_000_000L);
        long start = a.counter();
        assertEquals(0, a.call("debug.enabled", 0));
        assertNull(ExitCodes.afterInvoke(a.ctx(), null));
        List<GasCharge> t = drain(a);
        assertTrue(t.get(0).totalMilligas() > 0, "the wrapper's instructions cost gas: " + t);
        assertCharge(t.get(1), "OnSyscall", ON_SYSCALL);
        assertEquals(start - a.counter(), a.kernel.tracker.used(), "every milligas the counter lost is charged");
    }
}
