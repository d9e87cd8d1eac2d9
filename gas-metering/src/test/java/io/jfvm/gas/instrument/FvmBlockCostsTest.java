package io.jfvm.gas.instrument;

import static io.jfvm.gas.instrument.Instrumented.charges;
import static io.jfvm.gas.instrument.Instrumented.fvm;
import static io.jfvm.gas.instrument.Instrumented.gasOnly;
import static io.jfvm.gas.instrument.Instrumented.gasUsed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.Module;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.gas.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact block costs under the FVM's own rules (4 gas per instruction, FIP-0032 free set, v3 linear costs), for
 * hand-written WAT. Every expected number below is derived by hand from the metering algorithm and the price
 * tables (the derivations are in the comments); where a module is also run on Chicory, the gas the counter lost
 * must equal the charges along the executed path.
 */
class FvmBlockCostsTest {
    private static final PriceList V2 = PriceLists.SKYR;
    private static final PriceList V3 = PriceLists.HYGGE;

    private static final String CLASSES = """
            (module
              (type $t (func (param i32) (result i32)))
              (memory 1)
              (table 1 funcref)
              (global $g (mut i32) (i32.const 0))
              (func $id (type $t) local.get 0)
              (elem (i32.const 0) $id)
              (func $free (export "free")
                nop
                block loop end end
                i32.const 1 drop)
              (func $consts (export "consts") (result f64)
                i32.const 1 drop i64.const 2 drop f32.const 3 drop f64.const 4)
              (func $locals_globals (export "locals_globals") (local i32)
                local.get 0 local.tee 0 local.set 0 global.get $g global.set $g)
              (func $math (export "math") (param i32 i64 f32 f64) (result i32)
                local.get 0 i32.popcnt local.get 0 i32.add
                local.get 1 i64.const 3 i64.mul i32.wrap_i64 i32.xor
                local.get 2 f32.sqrt i32.trunc_f32_s i32.sub
                local.get 3 f64.neg i64.reinterpret_f64 i64.eqz i32.or
                i64.extend_i32_s i32.wrap_i64)
              (func $memory (export "memory") (param i32) (result i32)
                local.get 0 local.get 0 i64.load32_s i64.store offset=8
                memory.size local.get 0 i32.load8_u offset=3 i32.add)
              (func $calls (export "calls") (param i32) (result i32)
                local.get 0 call $id
                i32.const 0 call_indirect (type $t)
                local.get 0 local.get 0 select)
              (func $unreachable (export "unreachable") unreachable))
            """;

    @Test
    void everyInstructionClassCostsFourGasExceptTheFreeSet() {
        for (PriceList p : List.of(V2, V3)) {
            Module m = gasOnly(CLASSES, p);
            assertEquals(List.of("4000"), charges(m, 0), p + " id: local.get");
            // nop, block, loop, end and drop are free; only i32.const is charged.
            assertEquals(List.of("4000"), charges(m, 1), p + " free set");
            assertEquals(List.of("16000"), charges(m, 2), p + " four constants, drops free");
            assertEquals(List.of("20000"), charges(m, 3), p + " locals and globals");
            assertEquals(List.of("80000"), charges(m, 4), p + " 20 numeric instructions");
            // 2 local.get + load + store + memory.size + local.get + load + add
            assertEquals(List.of("32000"), charges(m, 5), p + " memory");
            // local.get, call, i32.const, call_indirect, 2 local.get, select
            assertEquals(List.of("28000"), charges(m, 6), p + " calls and select");
            // unreachable is free: a block costing 0 gets no charge at all.
            assertEquals(List.of(), charges(m, 7), p + " unreachable");
            assertEquals(16_000, gasUsed(m, "consts"));
            assertEquals(28_000 + 4_000 + 4_000, gasUsed(m, "calls", 5), "callee blocks are charged on entry");
        }
    }

    @Test
    void readmeExamplesUnderFvmRules() throws IOException {
        // shared/instrument-fixtures/README.md: simple.wat charges 8,000 at entry, nothing at the if body (only the
        // free loop), 4,000 in the loop body, and nothing in the second function; branch.wat 48,000 then 20,000.
        var root = Shared.require("instrument-fixtures/fvm-wasm-instrument-0.4.0/tests/fixtures/gas");
        for (PriceList p : List.of(V2, V3)) {
            Module simple = gasOnly(Files.readString(root.resolve("simple.wat")), p);
            assertEquals(List.of("8000", "4000"), charges(simple, 0));
            assertEquals(List.of(), charges(simple, 1));
            Module branch = gasOnly(io.jfvm.gas.testing.Wat.modernise(Files.readString(root.resolve("branch.wat"))),
                    p);
            assertEquals(List.of("48000", "20000"), charges(branch, 0));
        }
    }

    private static final String LOOP = """
            (module
              (func (export "count") (param i32) (result i32) (local i32)
                block
                  loop
                    local.get 0 i32.eqz br_if 1
                    local.get 1 i32.const 1 i32.add local.set 1
                    local.get 0 i32.const 1 i32.sub local.set 0
                    br 0
                  end
                end
                local.get 1))
            """;

    @Test
    void loopBodiesAreChargedPerIteration() {
        for (PriceList p : List.of(V2, V3)) {
            Module m = gasOnly(LOOP, p);
            // Entry: block and loop are free and the code after both ends stays in the entry block (local.get 1).
            // Loop head up to br_if: 3 instructions; rest of the body up to br: 9 instructions.
            assertEquals(List.of("4000", "12000", "36000"), charges(m, 0));
            // n iterations: entry + (n + 1) heads + n bodies.
            assertEquals(4_000 + 4 * 12_000 + 3 * 36_000, gasUsed(m, "count", 3));
        }
    }

    private static final String BR_TABLE = """
            (module
              (func (export "f") (param i32) (result i32)
                block
                  block
                    local.get 0
                    br_table 0 1
                  end
                  i32.const 7
                  return
                end
                i32.const 9))
            """;

    @Test
    void brTableDefaultLabelDiffersBetweenVersions() {
        // fvm-v2-v3-deltas.md §6 and the fixtures README: 0.2.0 counts the default label (the outer block), so
        // the code after the inner end may be skipped and gets its own block; 0.4.0 ignores the default and merges
        // that code into the entry block.
        Module v2 = gasOnly(BR_TABLE, V2);
        assertEquals(List.of("8000", "4000", "4000"), charges(v2, 0));
        Module v3 = gasOnly(BR_TABLE, V3);
        assertEquals(List.of("12000", "4000"), charges(v3, 0));
        // Default path (index out of range): v2 charges 12 gas, v3 16.
        assertEquals(12_000, gasUsed(v2, "f", 5));
        assertEquals(16_000, gasUsed(v3, "f", 5));
        // Listed target 0: both charge 12.
        assertEquals(12_000, gasUsed(v2, "f", 0));
        assertEquals(12_000, gasUsed(v3, "f", 0));
    }

    private static final String BULK = """
            (module
              (memory 1)
              (data $d "hello")
              (table $t 2 10 funcref)
              (elem $e func $fill_const)
              (func $fill_const (export "fill_const") i32.const 0 i32.const 7 i32.const 100 memory.fill)
              (func $fill_dyn (export "fill_dyn") (param i32) i32.const 0 i32.const 7 local.get 0 memory.fill)
              (func $copy_const (export "copy_const") i32.const 0 i32.const 16 i32.const 10 memory.copy)
              (func $init_dyn (export "init_dyn") (param i32) i32.const 0 i32.const 0 local.get 0 memory.init $d)
              (func $grow_const (export "grow_const") (result i32) i32.const 2 memory.grow)
              (func $grow_dyn (export "grow_dyn") (param i32) (result i32) local.get 0 memory.grow)
              (func $nop_between (export "nop_between") i32.const 0 i32.const 0 i32.const 3 nop memory.fill)
              (func $table_grow (export "table_grow") (result i32) i32.const 0 table.get $t i32.const 3 table.grow $t)
              (func $table_fill (export "table_fill") i32.const 0 i32.const 0 table.get $t i32.const 2 table.fill $t)
              (func $table_copy (export "table_copy") i32.const 0 i32.const 1 i32.const 1 table.copy)
              (func $table_init (export "table_init") (param i32) i32.const 0 i32.const 0 local.get 0 table.init $e))
            """;

    @Test
    void bulkMemoryAndTableOperationsAreLinearInV3() {
        Module m = gasOnly(BULK, V3);
        // 3 constants + memory.fill base 4,000 + 100 bytes × 400.
        assertEquals(List.of("56000"), charges(m, 0));
        // 2 constants + local.get + base; the byte count is charged at run time, 400 per byte.
        assertEquals(List.of("16000", "dyn 400"), charges(m, 1));
        assertEquals(List.of("20000"), charges(m, 2)); // 12,000 + 4,000 + 10 × 400
        assertEquals(List.of("16000", "dyn 400"), charges(m, 3));
        assertEquals(List.of("52436800"), charges(m, 4)); // 4,000 + 4,000 + 2 pages × 65,536 × 400
        assertEquals(List.of("8000", "dyn 26214400"), charges(m, 5));
        // Folding needs the i32.const immediately before: a (free) nop in between makes the charge dynamic.
        assertEquals(List.of("16000", "dyn 400"), charges(m, 6));
        // Tables: 8 bytes per element at 400 = 3,200 per element.
        assertEquals(List.of("25600"), charges(m, 7)); // 3 × 4,000 + 4,000 + 3 × 3,200
        assertEquals(List.of("26400"), charges(m, 8)); // 4 × 4,000 + 4,000 + 2 × 3,200
        assertEquals(List.of("19200"), charges(m, 9)); // 3 × 4,000 + 4,000 + 3,200
        assertEquals(List.of("16000", "dyn 3200"), charges(m, 10));
        // Run time: the dynamic charge is the zero-extended count times the per-unit price.
        assertEquals(16_000 + 1000 * 400, gasUsed(m, "fill_dyn", 1000));
        assertEquals(16_000 + 5 * 400, gasUsed(m, "init_dyn", 5));
        assertEquals(8_000 + 3 * 26_214_400L, gasUsed(m, "grow_dyn", 3));
        assertEquals(56_000, gasUsed(m, "fill_const"));
        // The temporary that holds the count is one new i32 local after the existing ones.
        assertEquals(List.of(io.jfvm.compiler.ir.ValType.I32), m.functions().get(1).locals());
    }

    @Test
    void bulkMemoryIsFlatInV2() {
        Module m = gasOnly(BULK, V2);
        assertEquals(List.of("16000"), charges(m, 0));
        assertEquals(List.of("16000"), charges(m, 1));
        assertEquals(List.of("8000"), charges(m, 4));
        assertEquals(List.of("8000"), charges(m, 5));
        assertEquals(16_000, gasUsed(m, "fill_dyn", 1000));
        assertEquals(8_000, gasUsed(m, "grow_dyn", 3));
    }

    @Test
    void negativeConstantCountIsRejectedInV3Only() {
        String wat = "(module (memory 1) (func i32.const 0 i32.const 0 i32.const -1 memory.fill))";
        WasmFormatException e = assertThrows(WasmFormatException.class, () -> gasOnly(wat, V3));
        assertTrue(e.getMessage().contains("negative constant operand -1"), e.getMessage());
        assertEquals(List.of("16000"), charges(gasOnly(wat, V2), 0));
    }

    @Test
    void thunkOverheadIsChargedThroughTheWholePipeline() {
        // An exported function with one parameter is reached through a thunk: local.get, 8 instructions of the
        // stack check, call and 4 instructions of the postamble (14 × 4 gas), the if body (unreachable) is free.
        String wat = "(module (func (export \"inc\") (param i32) (result i32) local.get 0 i32.const 1 i32.add))";
        for (PriceList p : List.of(V2, V3)) {
            Module m = fvm(wat, p);
            assertEquals(List.of("12000"), charges(m, 0), p + " body");
            assertEquals(List.of("56000"), charges(m, 1), p + " thunk");
            assertEquals(68_000, gasUsed(m, "inc", 41));
        }
    }

    @Test
    void stackLimitTrapsDeepRecursionAtTheExactDepth() {
        // f has no locals and a maximum operand height of 3 (+2 for the activation frame), so its stack cost is 5.
        // Entering through the export's thunk and recursing n times puts 5 × (n + 1) on the stack counter, which
        // may not exceed 2048: n = 408 is the deepest call that fits.
        String wat = """
                (module (func $f (export "f") (param i32) (result i32)
                  local.get 0 i32.eqz if (result i32) i32.const 0 else local.get 0 i32.const 1 i32.sub call $f end))
                """;
        for (PriceList p : List.of(V2, V3)) {
            Module m = fvm(wat, p);
            assertEquals(5, MaxStackHeight.compute(parseOnly(wat), 0), "max height");
            assertTrue(gasUsed(m, "f", 408) > 0);
            RuntimeException e = assertThrows(RuntimeException.class, () -> gasUsed(m, "f", 409));
            assertTrue(String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("unreachable"),
                    p + ": " + e);
        }
    }

    private static Module parseOnly(String wat) {
        return Instrumented.parse(wat);
    }
}
