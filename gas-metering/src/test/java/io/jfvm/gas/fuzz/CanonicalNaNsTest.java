package io.jfvm.gas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import io.jfvm.gas.testing.Wat;
import org.junit.jupiter.api.Test;

/** Arithmetic NaN results become canonical; sign operations, constants and reinterpretations keep NaN bits. */
class CanonicalNaNsTest {
    private static final String MODULE = """
            (module
              (func (export "f32.add") (param i32) (result i32)
                (i32.reinterpret_f32 (f32.add (f32.reinterpret_i32 (local.get 0)) (f32.const 1))))
              (func (export "f64.promote_f32") (param i32) (result i64)
                (i64.reinterpret_f64 (f64.promote_f32 (f32.reinterpret_i32 (local.get 0)))))
              (func (export "f64.sqrt") (param i64) (result i64)
                (i64.reinterpret_f64 (f64.sqrt (f64.reinterpret_i64 (local.get 0)))))
              (func (export "f32.neg") (param i32) (result i32)
                (i32.reinterpret_f32 (f32.neg (f32.reinterpret_i32 (local.get 0))))))
            """;
    private static final long PAYLOAD_F32 = 0xFFA0_0001L;

    @Test
    void arithmeticResultsAreCanonical() {
        Instance i = instance();
        assertEquals(0x7FC0_0000L, i.export("f32.add").apply(PAYLOAD_F32)[0] & 0xFFFF_FFFFL);
        assertEquals(0x7FF8_0000_0000_0000L, i.export("f64.promote_f32").apply(PAYLOAD_F32)[0]);
        assertEquals(0x7FF8_0000_0000_0000L, i.export("f64.sqrt").apply(Double.doubleToRawLongBits(-1))[0]);
        assertEquals(Float.floatToRawIntBits(3f), i.export("f32.add").apply(Float.floatToRawIntBits(2f))[0]);
    }

    @Test
    void signOperationsKeepThePayload() {
        assertEquals(0x7FA0_0001L, instance().export("f32.neg").apply(PAYLOAD_F32)[0] & 0xFFFF_FFFFL);
    }

    @Test
    void modulesWithoutFloatArithmeticAreLeftAlone() {
        byte[] wasm = Wat.assemble("(module (func (export \"f\") (result f32) (f32.neg (f32.const 1))))", true,
                "no arithmetic");
        assertSame(wasm, CanonicalNaNs.apply(wasm));
    }

    private static Instance instance() {
        return Instance.builder(Parser.parse(CanonicalNaNs.apply(Wat.assemble(MODULE, true, "NaN canonicalisation"))))
                .build();
    }
}
