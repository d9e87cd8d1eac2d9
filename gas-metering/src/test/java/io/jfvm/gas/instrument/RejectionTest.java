package io.jfvm.gas.instrument;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
import org.junit.jupiter.api.Test;

/** What the FVM refuses to load, per line, and the error each rejection reports. */
class RejectionTest {
    private static final PriceList V2 = PriceLists.SKYR;
    private static final PriceList V3 = PriceLists.HYGGE;

    private static void rejected(String wat, PriceList p, String messagePart) {
        WasmFormatException e = assertThrows(WasmFormatException.class, () -> Instrumented.fvm(wat, p),
                p + " should reject " + wat);
        assertEquals(WasmFormatException.Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    private static void accepted(String wat, PriceList p) {
        assertDoesNotThrow(() -> Instrumented.fvm(wat, p), p + " should accept " + wat);
    }

    @Test
    void signExtensionAndSaturatingTruncationOnlyInV3() {
        String signExt = "(module (func (param i32) (result i32) local.get 0 i32.extend8_s))";
        rejected(signExt, V2, "i32.extend8_s");
        accepted(signExt, V3);
        String truncSat = "(module (func (param f32) (result i32) local.get 0 i32.trunc_sat_f32_s))";
        rejected(truncSat, V2, "i32.trunc_sat_f32_s");
        accepted(truncSat, V3);
    }

    @Test
    void referenceInstructionsAreRejectedByBoth() {
        String refFunc = "(module (func $f (result i32) ref.func $f ref.is_null) (elem declare func $f))";
        rejected(refFunc, V3, "ref.func");
        // FVM v2 refuses the declarative segment (parity-wasm cannot load it) before looking at the code.
        rejected(refFunc, V2, "element segment 0");
        String refNull = "(module (func (result i32) ref.null func ref.is_null))";
        rejected(refNull, V3, "ref.null");
        rejected(refNull, V2, "ref.null");
        rejected("(module (func (param i32) (result i32) local.get 0 local.get 0 local.get 0 select (result i32)))",
                V3, "select");
    }

    @Test
    void tableInstructionsOnlyInV3() {
        String wat = "(module (table 1 funcref) (func (result i32) table.size 0))";
        rejected(wat, V2, "table.size");
        accepted(wat, V3);
    }

    @Test
    void multiValueIsRejected() {
        rejected("(module (func (result i32 i32) i32.const 1 i32.const 2))", V3, "multi-value");
        rejected("(module (type $t (func (result i32 i32))) (func (result i32) (block (type $t) i32.const 1"
                + " i32.const 2) i32.add))", V2, "multi-value");
    }

    @Test
    void segmentOffsetsMustBeConstants() {
        String data = "(module (import \"env\" \"base\" (global $b i32)) (memory 1)"
                + " (data (global.get $b) \"x\") (func))";
        rejected(data, V3, "data segment 0");
        rejected(data, V2, "data segment 0");
        String elem = "(module (import \"env\" \"base\" (global $b i32)) (table 2 funcref) (func $f)"
                + " (elem (global.get $b) $f))";
        accepted(elem, V3); // 0.4.0 checks element items, not element offsets
        rejected(elem, V2, "element segment 0 has an offset");
    }

    @Test
    void anExistingGasCounterImportIsRejected() {
        String wat = "(module (import \"gas\" \"gas_counter\" (global (mut i64))) (func))";
        rejected(wat, V3, "expected 1 gas global");
    }

    @Test
    void aModuleWithoutFunctionsIsRejectedByTheV3StackLimiter() {
        rejected("(module (memory 1))", V3, "defines no function");
        accepted("(module (memory 1))", V2);
    }

    @Test
    void aNegativeConstantSizeIsRejectedInV3() {
        String wat = "(module (memory 1) (func i32.const 0 i32.const 0 i32.const -8 memory.copy))";
        rejected(wat, V3, "negative constant operand -8");
        accepted(wat, V2);
    }
}
