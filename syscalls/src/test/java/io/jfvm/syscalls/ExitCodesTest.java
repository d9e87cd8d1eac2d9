package io.jfvm.syscalls;

import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.OutOfGas;
import io.jfvm.ipld.types.Fatal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.TrapKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Traps, aborts and exits mapped to exit codes, through real instrumented wasm. */
class ExitCodesTest {
    /** Runs an export the way the call manager does: invoke, then settle exec gas and classify. */
    private static int run(TestActor a, String export, Object... args) {
        Throwable thrown = null;
        try {
            a.call(export, args);
        } catch (RuntimeException | StackOverflowError e) {
            thrown = e;
        }
        RuntimeException abort = ExitCodes.afterInvoke(a.ctx(), thrown);
        return abort == null ? 0 : ExitCodes.exitCode(abort);
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void trapsAreIllegalInstruction(int nv) {
        assertEquals(4, run(TestActor.create(nv, 10_000_000L), "unreachable"));
        assertEquals(4, run(TestActor.create(nv, 10_000_000L), "div0", 0));
        assertEquals(0, run(TestActor.create(nv, 10_000_000L), "div0", 1));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void infiniteLoopIsOutOfGas(int nv) {
        TestActor a = TestActor.create(nv, 1_000_000L);
        assertEquals(7, run(a, "loop"));
        assertEquals(a.kernel.tracker.limit(), a.kernel.tracker.used());
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void unboundedRecursionHitsTheStackLimiter(int nv) {
        assertEquals(4, run(TestActor.create(nv, 1_000_000_000L), "recurse"));
    }

    @Test
    void v3ExitCodes() {
        TestActor a = TestActor.create(18, 1_000_000_000L);
        ActorExit e = assertThrows(ActorExit.class, () -> a.call("vm.exit", 5, 0, 0, 0));
        assertEquals(9, e.exitCode(), "reserved system code → SYS_ILLEGAL_EXIT_CODE");
        e = assertThrows(ActorExit.class, () -> a.call("vm.exit", 0, 3, 0, 0));
        assertEquals(0, e.exitCode());
        assertEquals(3, e.blockId(), "code 0 with a data block is a successful non-local return");
        byte[] msg = "boom".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(msg, 0, a.mem(), 100, msg.length);
        e = assertThrows(ActorExit.class, () -> a.call("vm.exit", 24, 0, 100, 4));
        assertEquals(24, e.exitCode());
        assertEquals("boom", e.getMessage());
        e = assertThrows(ActorExit.class, () -> a.call("vm.exit", 17, 0, -1, 4));
        assertEquals(17, e.exitCode(), "a bad message buffer is ignored");
        e = assertThrows(ActorExit.class, () -> a.call("vm.exit", -1, 0, 0, 0));
        assertEquals(-1, e.exitCode(), "u32::MAX is a user code");
        e = assertThrows(ActorExit.class, () -> a.call("vm.exit", 0, 0, 0, 0));
        assertEquals(0, e.exitCode());
    }

    @Test
    void v3LongExitMessageIsTruncated() {
        TestActor a = TestActor.create(18, 1_000_000_000L);
        java.util.Arrays.fill(a.mem(), 0, 3000, (byte) 'x');
        ActorExit e = assertThrows(ActorExit.class, () -> a.call("vm.exit", 20, 0, 0, 3000));
        assertEquals("x".repeat(512) + " ... (skipped 1976 bytes) ... " + "x".repeat(512), e.getMessage());
    }

    @Test
    void v2AbortCodes() {
        TestActor a = TestActor.create(17, 1_000_000_000L);
        ActorExit e = assertThrows(ActorExit.class, () -> a.call("vm.abort", 0, 0, 0));
        assertEquals(9, e.exitCode(), "at nv≥16 even code 0 is SYS_ILLEGAL_EXIT_CODE");
        e = assertThrows(ActorExit.class, () -> a.call("vm.abort", 16, -1, 5));
        assertEquals(16, e.exitCode(), "a bad message keeps the code");
        a.mem()[10] = (byte) 0xff;
        e = assertThrows(ActorExit.class, () -> a.call("vm.abort", 18, 10, 1));
        assertEquals(18, e.exitCode(), "non-UTF-8 message keeps the code");
        assertEquals(0, e.blockId());
    }

    @Test
    void exitCodeMapping() {
        assertEquals(4, ExitCodes.exitCode(new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS)));
        assertEquals(4, ExitCodes.exitCode(new Trap(TrapKind.INDIRECT_CALL_TYPE_MISMATCH)));
        assertEquals(10, ExitCodes.exitCode(new Trap(TrapKind.CALL_STACK_EXHAUSTED)), "JVM stack overflow is Fatal");
        assertEquals(10, ExitCodes.exitCode(new StackOverflowError()));
        assertEquals(10, ExitCodes.exitCode(new IllegalStateException("bug")));
        assertEquals(10, ExitCodes.exitCode(SyscallError.illegalArgument("escaped")));
        assertEquals(7, ExitCodes.exitCode(new OutOfGas("wasm_exec", "out of gas")));
        assertEquals(10, ExitCodes.exitCode(new Fatal("x")));
        assertEquals(33, ExitCodes.exitCode(new ActorExit(33, "m", 0)));
    }

    @Test
    void unknownImportIsFatal() {
        String wat = "(module (import \"vm\" \"no_such_syscall\" (func (param i32) (result i32)))"
                + " (memory (export \"memory\") 1) (func (export \"invoke\") (param i32) (result i32) i32.const 0))";
        CompiledModule m = TestSupport.compileFvm(TestSupport.wat2wasm(wat), 18);
        TestKernel k = new TestKernel(18, 1_000_000L);
        SyscallBinder.Linked linked = SyscallBinder.link(k, SyscallAbiV3.INSTANCE);
        RuntimeException e = assertThrows(RuntimeException.class, () -> m.instantiate(linked.imports()));
        assertEquals(10, ExitCodes.exitCode(e));
    }

    @Test
    void v2SyscallIsUnknownToV3() {
        String wat = "(module (import \"vm\" \"abort\" (func (param i32 i32 i32) (result i32)))"
                + " (memory (export \"memory\") 1) (func (export \"invoke\") (param i32) (result i32) i32.const 0))";
        CompiledModule m = TestSupport.compileFvm(TestSupport.wat2wasm(wat), 18);
        SyscallBinder.Linked linked = SyscallBinder.link(new TestKernel(18, 1_000_000L), SyscallAbiV3.INSTANCE);
        assertEquals(10, ExitCodes.exitCode(assertThrows(RuntimeException.class,
                () -> m.instantiate(linked.imports()))));
    }

    @Test
    void missingMemoryExportIsFatal() {
        String wat = "(module (memory 1) (func (export \"invoke\") (param i32) (result i32) i32.const 0))";
        CompiledModule m = TestSupport.compileFvm(TestSupport.wat2wasm(wat), 18);
        SyscallBinder.Linked linked = SyscallBinder.link(new TestKernel(18, 1_000_000L), SyscallAbiV3.INSTANCE);
        RuntimeException e = assertThrows(RuntimeException.class, () -> SyscallBinder.instantiate(linked, m));
        assertInstanceOf(Fatal.class, e);
    }
}
