package io.jfvm.gas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.gas.testing.Wat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The comparison must see every kind of difference it claims to check: each case runs one module on Chicory and
 * a slightly different one on jfvm.
 */
class ComparisonTest {
    private static final String BASE = """
            (module
              (import "fuzzing-support" "log-i32" (func $log (param i32)))
              (memory 1 1)
              (global $hang (mut i32) (i32.const 10))
              (global $g (mut i64) (i64.const 5))
              (func (export "f") (param i32) (result i32)
                %s
                local.get 0)
              (func (export "hangLimitInitializer") (global.set $hang (i32.const 10)))
              (func (export "nan") (param f64) (result f64) (f64.div (local.get 0) (local.get 0))))
            """;

    @Test
    void identicalModulesAgree() {
        assertNull(plain("", ""));
        assertNull(fvm("", ""));
    }

    @Test
    void differentResultsDiverge() {
        Finding f = plain("", "(drop (local.get 0)) (local.set 0 (i32.const 7))");
        assertDivergence(f, "Chicory [i32:0], jfvm [i32:7]");
    }

    @Test
    void trapAgainstResultDiverges() {
        assertDivergence(plain("", "unreachable"), "Chicory [i32:0], jfvm trap \"unreachable\"");
    }

    @Test
    void differentLogsDiverge() {
        assertDivergence(plain("(call $log (i32.const 1))", "(call $log (i32.const 2))"),
                "log entry 0: Chicory log-i32 i32:1, jfvm log-i32 i32:2 (of 1 and 1 entries)");
    }

    @Test
    void differentGlobalsDiverge() {
        assertDivergence(plain("", "(global.set $g (i64.const 6))"), "global 1: Chicory i64:5, jfvm i64:6");
    }

    @Test
    void differentMemoryDiverges() {
        assertDivergence(plain("", "(i32.store8 (i32.const 100) (i32.const 1))"),
                "memory differs at byte 100: Chicory 0, jfvm 1");
    }

    @Test
    void differentGasDiverges() {
        // Two more instructions on jfvm's side: the same results, but more gas charged.
        assertDivergence(fvm("", "(drop (i32.const 1))"), "gas counter");
    }

    @Test
    void nanBitsCount() {
        // 0/0 on the hardware is the negative default NaN; canonicalised, it is the positive canonical one.
        byte[] wasm = FvmPipeline.instrumentedWasm(wasm(""));
        Module shape = WasmParser.parse(wasm);
        CompileOptions uncanonicalised = new CompileOptions(FvmPipeline.jfvmOptions().passes(), false);
        Finding f = new Comparison("fvm", shape, new ChicorySide(CanonicalNaNs.apply(wasm), shape),
                new JfvmSide(new WasmCompiler(uncanonicalised).compile(wasm(""))),
                ModuleRun.hangGlobal(WasmParser.parse(wasm("")), shape), FvmPipeline.gasCounterGlobal(shape),
                new SplittableRandom(1)).run();
        assertDivergence(f, "nan[f64:0x0]");
        assertTrue(f.detail().contains("Chicory [f64:0x7ff8000000000000], jfvm [f64:0xfff8000000000000]"),
                f.detail());
    }

    @Test
    void hangLimitGlobalIsFoundAndShiftedPastInstrumentationImports() {
        Module generated = WasmParser.parse(wasm(""));
        assertEquals(0, ModuleRun.hangGlobal(generated, generated));
        Module instrumented = WasmParser.parse(FvmPipeline.instrumentedWasm(wasm("")));
        assertEquals(1, ModuleRun.hangGlobal(generated, instrumented));
    }

    private static void assertDivergence(Finding f, String detail) {
        assertNotNull(f, "no divergence found");
        assertEquals(Finding.Kind.DIVERGENCE, f.kind(), f.toString());
        assertTrue(f.detail().contains(detail), f.detail());
    }

    private static Finding plain(String reference, String jfvm) {
        byte[] a = wasm(reference);
        Module shape = WasmParser.parse(a);
        return new Comparison("plain", shape, new ChicorySide(a, shape),
                new JfvmSide(new WasmCompiler(CompileOptions.DEFAULT).compile(wasm(jfvm))),
                ModuleRun.hangGlobal(shape, shape), -1, new SplittableRandom(1)).run();
    }

    private static Finding fvm(String reference, String jfvm) {
        byte[] a = FvmPipeline.instrumentedWasm(wasm(reference));
        Module shape = WasmParser.parse(a);
        return new Comparison("fvm", shape, new ChicorySide(CanonicalNaNs.apply(a), shape),
                new JfvmSide(new WasmCompiler(FvmPipeline.jfvmOptions()).compile(wasm(jfvm))),
                ModuleRun.hangGlobal(WasmParser.parse(wasm(reference)), shape), FvmPipeline.gasCounterGlobal(shape),
                new SplittableRandom(1)).run();
    }

    private static byte[] wasm(String body) {
        return Wat.assemble(BASE.formatted(body), true, "comparison test module");
    }
}
