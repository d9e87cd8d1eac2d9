package io.jfvm.runtime.kernel;

import static io.jfvm.runtime.kernel.EngineActorCodeRunnerTest.exit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.types.ExitCode;
import io.jfvm.runtime.call.CallStackMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory limits of FVM v3 and v4 ({@code fvm/src/engine/mod.rs}, {@code machine/limiter.rs}): an instance's
 * memory stops at 512 MiB and each table at 20,000 elements ({@code memory.grow} and {@code table.grow} return -1),
 * an instance whose initial sizes pass them fails with exit 4, and everything counts against a call stack's 2 GiB.
 * FVM v2 set none of these.
 */
class MemoryLimitsTest {
    static final String EXIT = "(import \"vm\" \"exit\" (func $exit (param i32 i32 i32 i32) (result i32)))";

    /** Exits with {@code code} unless the i32 on the stack equals {@code expected}. */
    static String expect(int expected, int code) {
        return " i32.const " + expected + " i32.ne if i32.const " + code
                + " i32.const 0 i32.const 0 i32.const 0 call $exit drop end\n";
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {18, 21})
    void memoryStopsAt512MiB(int nv) {
        // From 1 page to 8,192 (512 MiB) is allowed; one page more is not, and memory.grow returns -1.
        String wat = "(module " + EXIT + "\n (memory (export \"memory\") 1)\n"
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 8191 memory.grow" + expect(1, 90)
                + "  i32.const 1 memory.grow" + expect(-1, 91)
                + "  memory.size" + expect(8192, 92)
                + "  i32.const 0))";
        assertEquals(ExitCode.OK, exit(nv, wat));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {18, 21})
    void tablesStopAt20000Elements(int nv) {
        String grows = "(module " + EXIT + "\n (memory (export \"memory\") 1) (table 19990 funcref)\n"
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                // The FVM rejects ref.null and ref.func: the value to grow with is read from the table.
                + "  i32.const 0 table.get 0 i32.const 10 table.grow 0" + expect(19990, 90)
                + "  i32.const 0 table.get 0 i32.const 1 table.grow 0" + expect(-1, 91)
                + "  i32.const 0))";
        assertEquals(ExitCode.OK, exit(nv, grows));
        String tooLarge = "(module (memory (export \"memory\") 1) (table 20001 funcref)\n"
                + "(func (export \"invoke\") (param i32) (result i32) i32.const 0))";
        assertEquals(ExitCode.SYS_ILLEGAL_INSTRUCTION, exit(nv, tooLarge), "refused at instantiation: exit 4");
    }

    @Test
    void aTooLargeInitialMemoryIsExit4() {
        String wat = "(module (memory (export \"memory\") 8193)\n"
                + "(func (export \"invoke\") (param i32) (result i32) i32.const 0))";
        assertEquals(ExitCode.SYS_ILLEGAL_INSTRUCTION, exit(21, wat));
    }

    @Test
    void v2HasNoTableLimit() {
        String wat = "(module (import \"vm\" \"abort\" (func $a (param i32 i32 i32) (result i32)))\n"
                + " (memory (export \"memory\") 1) (table 20001 funcref)\n"
                + "(func (export \"invoke\") (param i32) (result i32) i32.const 0))";
        assertEquals(ExitCode.OK, exit(17, wat));
    }

    @Test
    void theCallStackBudgetIsSharedAndGivenBackPerFrame() {
        CallStackMemory stack = new CallStackMemory(InstanceLimits.MAX_CALL_STACK_MEMORY);
        InstanceLimits a = new InstanceLimits(stack);
        // Four instances at 512 MiB fill 2 GiB; a fifth gets nothing, a table element included.
        for (int i = 0; i < 4; i++) {
            assertTrue(a.memoryGrowing(0, InstanceLimits.MAX_INSTANCE_MEMORY));
        }
        assertFalse(a.memoryGrowing(0, 65536));
        assertFalse(a.tableGrowing(0, 1));
        assertEquals(InstanceLimits.MAX_CALL_STACK_MEMORY, stack.usedBytes(), "a refusal changes nothing");
        assertFalse(a.memoryGrowing(0, InstanceLimits.MAX_INSTANCE_MEMORY + 65536), "per instance, whatever is free");
    }
}
