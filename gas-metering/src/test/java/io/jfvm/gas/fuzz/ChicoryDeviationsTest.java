package io.jfvm.gas.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.rt.TrapKind;
import io.jfvm.gas.testing.Wat;
import org.junit.jupiter.api.Test;

/**
 * Each of Chicory's deviations: uncorrected, Chicory still gets it wrong (when it no longer does, the correction
 * can go); corrected, it gives the specification's result.
 */
class ChicoryDeviationsTest {
    private static final String MODULE = """
            (module
              (memory 1)
              (data (i32.const 0) "abcdef")
              (func (export "f32.convert_i64_u") (param i64) (result f32) (f32.convert_i64_u (local.get 0)))
              (func (export "f64.convert_i64_u") (param i64) (result f64) (f64.convert_i64_u (local.get 0)))
              (func (export "memory.copy") (param i32) (memory.copy (i32.const 0) (i32.const 0) (local.get 0)))
              (func (export "memory.init") (memory.init 0 (i32.const 100) (i32.const 1) (i32.const 2)))
              (func (export "i32.store8") (param i32) (i32.store8 offset=22 (local.get 0) (i32.const 85)))
              (func (export "i64.store32") (param i32) (i64.store32 offset=22 (local.get 0) (i64.const -1)))
              (func (export "i64.store8") (param i32) (i64.store8 offset=3 (local.get 0) (i64.const 7)))
              (func (export "f32.abs") (param f32) (result f32) (f32.abs (local.get 0)))
              (func (export "f32.copysign") (param f32 f32) (result f32) (f32.copysign (local.get 0) (local.get 1)))
              (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0))))
            """;

    @Test
    void unsignedConversionsRoundOnceToNearestEven() {
        assertEquals(0x5F72_0001L, uncorrected("f32.convert_i64_u", 0xF200_0000_0000_0001L));
        assertEquals(0x5F72_0000L, corrected("f32.convert_i64_u", 0xF200_0000_0000_0001L));
        assertEquals(0x43E1_2E9B_CA0A_3777L, uncorrected("f64.convert_i64_u", 0x8974_DE50_51BB_BC00L));
        assertEquals(0x43E1_2E9B_CA0A_3778L, corrected("f64.convert_i64_u", 0x8974_DE50_51BB_BC00L));
        assertEquals(0x4040_0000L, corrected("f32.convert_i64_u", 3));
    }

    @Test
    void memoryCopyChecksBoundsBeforeCopying() {
        assertThrows(OutOfMemoryError.class, () -> uncorrected("memory.copy", Integer.MAX_VALUE));
        assertEquals("out of bounds memory access", trap(correctedInstance(), "memory.copy", Integer.MAX_VALUE));
        assertEquals("out of bounds memory access", trap(correctedInstance(), "memory.copy", 65537));
        correctedInstance().export("memory.copy").apply(65536);
    }

    @Test
    void activeDataSegmentsAreDroppedAtInstantiation() {
        Instance plain = Instance.builder(Parser.parse(wasm())).build();
        plain.export("memory.init").apply();
        assertArrayEquals("bc".getBytes(), plain.memory().readBytes(100, 2));
        assertEquals("out of bounds memory access", trap(correctedInstance(), "memory.init"));
    }

    @Test
    void narrowStoresTrapWhenAddressPlusOffsetPassesTheEndOfTheAddressSpace() {
        Instance plain = Instance.builder(Parser.parse(wasm())).build();
        plain.export("i32.store8").apply(-9);
        assertEquals(85, plain.export("load8").apply(13)[0]);
        assertEquals("out of bounds memory access", trap(correctedInstance(), "i32.store8", -9));
        assertEquals("out of bounds memory access", trap(correctedInstance(), "i64.store32", -9));
        assertEquals("out of bounds memory access", trap(correctedInstance(), "i64.store8", -1));
        assertEquals("out of bounds memory access", trap(correctedInstance(), "i64.store32", 65536 - 25));
        Instance corrected = correctedInstance();
        corrected.export("i64.store32").apply(65536 - 26);
        assertEquals(0xFF, corrected.export("load8").apply(65535)[0]);
        corrected.export("i64.store8").apply(65532);
        assertEquals(7, corrected.export("load8").apply(65535)[0]);
    }

    @Test
    void absoluteValueAndCopysignWorkOnTheBits() {
        // Uncorrected f32.abs is wrong only until the JIT compiles Math.abs(float), so only the correction is checked.
        assertEquals(0x7FFF_FFC8L, corrected("f32.abs", 0xFFFF_FFC8L) & 0xFFFF_FFFFL);
        assertEquals(0x3F80_0000L, corrected("f32.abs", 0xBF80_0000L) & 0xFFFF_FFFFL);
        long one = Float.floatToRawIntBits(1f);
        long quirk = Float.floatToRawIntBits(4290772992f);
        assertEquals(0xBF80_0000L, uncorrected("f32.copysign", one, quirk) & 0xFFFF_FFFFL);
        assertEquals(one, corrected("f32.copysign", one, quirk) & 0xFFFF_FFFFL);
        assertEquals(0xBF80_0000L, corrected("f32.copysign", one, 0xFFC0_0000L) & 0xFFFF_FFFFL);
        assertEquals(0xFFA0_0001L, corrected("f32.copysign", 0x7FA0_0001L, 0x8000_0000L) & 0xFFFF_FFFFL);
    }

    @Test
    void branchesToMultiValueLoopsKeepTheOperandStack() {
        byte[] wasm = Wat.assemble("""
                (module
                  (global $h (mut i32) (i32.const 0))
                  (func $fall (result f64)
                    (loop (result i32 i64 f32)
                      (global.set $h (i32.sub (global.get $h) (i32.const 1)))
                      (br_if 0 (global.get $h))
                      (i32.const 7) (i64.const 8) (f32.const 9))
                    drop drop drop (f64.const 2))
                  (func $out (result f64)
                    (block $exit
                      (loop (result i32 i64 f32)
                        (block $next (br_table $exit $next (global.get $h)))
                        (global.set $h (i32.sub (global.get $h) (i32.const 1)))
                        (br 0))
                      drop drop drop)
                    (f64.const 2))
                  (func $return (result f64)
                    (loop (result i32 i64 f32)
                      (if (i32.eqz (global.get $h)) (then (return (f64.const 2))))
                      (global.set $h (i32.sub (global.get $h) (i32.const 1)))
                      (br 0))
                    drop drop drop (f64.const 12))
                  (func (export "fall") (result f64) (global.set $h (i32.const 2)) (f64.div (f64.const 1) (call $fall)))
                  (func (export "out") (result f64) (global.set $h (i32.const 2)) (f64.div (f64.const 1) (call $out)))
                  (func (export "return") (result f64)
                    (global.set $h (i32.const 2)) (f64.div (f64.const 1) (call $return))))
                """, true, "multi-value loops");
        for (String export : new String[] {"fall", "out", "return"}) {
            Instance plain = Instance.builder(Parser.parse(wasm)).build();
            assertEquals(0, Double.longBitsToDouble(plain.export(export).apply()[0]), export);
            Instance corrected = Instance.builder(Parser.parse(ChicoryDeviations.correctModule(wasm))).build();
            assertEquals(0.5, Double.longBitsToDouble(corrected.export(export).apply()[0]), export);
        }
    }

    @Test
    void modulesWithoutDeviantInstructionsAreLeftAlone() {
        byte[] wasm = Wat.assemble("(module (func (export \"f\") (result i32) (i32.const 1)))", true, "plain");
        assertSame(wasm, ChicoryDeviations.correctModule(wasm));
    }

    private static long uncorrected(String export, long... args) {
        return Instance.builder(Parser.parse(wasm())).build().export(export).apply(args)[0];
    }

    private static long corrected(String export, long... args) {
        return correctedInstance().export(export).apply(args)[0];
    }

    /** Chicory corrected as {@link ChicorySide} corrects it: the module rewritten, the instance fixed up. */
    private static Instance correctedInstance() {
        byte[] wasm = wasm();
        Instance instance = Instance.builder(Parser.parse(ChicoryDeviations.correctModule(wasm))).build();
        ChicoryDeviations.correctInstantiation(instance, WasmParser.parse(wasm));
        return instance;
    }

    private static String trap(Instance instance, String export, long... args) {
        ChicoryException e = assertThrows(ChicoryException.class, () -> instance.export(export).apply(args));
        TrapKind kind = ChicoryTraps.kind(e.getMessage());
        assertNotNull(kind, e.getMessage());
        return kind.message;
    }

    private static byte[] wasm() {
        return Wat.assemble(MODULE, true, "Chicory deviations");
    }
}
