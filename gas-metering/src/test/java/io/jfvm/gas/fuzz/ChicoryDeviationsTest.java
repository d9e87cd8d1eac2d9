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
              (func (export "f64.max") (param f64 f64) (result f64) (f64.max (local.get 0) (local.get 1)))
              (func (export "f32.min") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
              (func (export "f64.floor") (param f64) (result f64) (f64.floor (local.get 0)))
              (func (export "f32.convert_i64_u") (param i64) (result f32) (f32.convert_i64_u (local.get 0)))
              (func (export "f64.convert_i64_u") (param i64) (result f64) (f64.convert_i64_u (local.get 0)))
              (func (export "memory.copy") (param i32) (memory.copy (i32.const 0) (i32.const 0) (local.get 0)))
              (func (export "memory.init") (memory.init 0 (i32.const 100) (i32.const 1) (i32.const 2))))
            """;
    private static final long SIGNALLING_F64 = 0x7FF4_0000_0000_0000L;
    private static final long QUIETED_F64 = 0x7FFC_0000_0000_0000L;
    private static final long SIGNALLING_F32 = 0x7FA0_0000L;
    private static final long QUIETED_F32 = 0x7FE0_0000L;

    @Test
    void minAndMaxQuietASignallingNaN() {
        assertEquals(SIGNALLING_F64, uncorrected("f64.max", 0, SIGNALLING_F64));
        assertEquals(QUIETED_F64, corrected("f64.max", 0, SIGNALLING_F64));
        assertEquals(SIGNALLING_F32, uncorrected("f32.min", SIGNALLING_F32, 0) & 0xFFFF_FFFFL);
        assertEquals(QUIETED_F32, corrected("f32.min", SIGNALLING_F32, 0) & 0xFFFF_FFFFL);
        assertEquals(Double.doubleToRawLongBits(2.5), corrected("f64.max", Double.doubleToRawLongBits(-1),
                Double.doubleToRawLongBits(2.5)));
    }

    @Test
    void roundingQuietsASignallingNaN() {
        assertEquals(SIGNALLING_F64, uncorrected("f64.floor", SIGNALLING_F64));
        assertEquals(QUIETED_F64, corrected("f64.floor", SIGNALLING_F64));
        assertEquals(Double.doubleToRawLongBits(-3), corrected("f64.floor", Double.doubleToRawLongBits(-2.5)));
    }

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
