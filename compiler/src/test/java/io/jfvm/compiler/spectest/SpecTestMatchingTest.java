package io.jfvm.compiler.spectest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.TrapKind;
import org.junit.jupiter.api.Test;

/** How the runner reads script values and judges results and traps, independent of code generation. */
class SpecTestMatchingTest {
    private static WastScript.Value v(String type, String value) {
        return new WastScript.Value(type, value);
    }

    @Test
    void argumentsAreUnsignedDecimalsAndBitPatterns() {
        assertEquals(-1, WastValues.argument(v("i32", "4294967295")));
        assertEquals(Long.MIN_VALUE, WastValues.argument(v("i64", "9223372036854775808")));
        assertEquals(0x7fa00001, Float.floatToRawIntBits((Float) WastValues.argument(v("f32", "2141192193"))));
        assertEquals(-0.0, (Double) WastValues.argument(v("f64", "9223372036854775808")));
        assertEquals(new ExternRef(7), WastValues.argument(v("externref", "7")));
        assertNull(WastValues.argument(v("funcref", "null")));
    }

    @Test
    void floatsCompareByBitsAndNaNPatterns() {
        assertTrue(WastValues.matches(v("f32", "2143289344"), Float.intBitsToFloat(0x7fc00000)));
        assertFalse(WastValues.matches(v("f32", "0"), -0.0f), "signed zeros differ");
        assertTrue(WastValues.matches(v("f32", "nan:canonical"), Float.intBitsToFloat(0xffc00000)));
        assertFalse(WastValues.matches(v("f32", "nan:canonical"), Float.intBitsToFloat(0x7fc00001)));
        assertTrue(WastValues.matches(v("f32", "nan:arithmetic"), Float.intBitsToFloat(0x7fc00001)));
        assertFalse(WastValues.matches(v("f64", "nan:arithmetic"), Double.longBitsToDouble(0x7ff0000000000001L)),
                "a signalling NaN is not arithmetic");
        assertTrue(WastValues.matches(v("f64", "nan:canonical"), Double.longBitsToDouble(0xfff8000000000000L)));
        assertFalse(WastValues.matches(v("f64", "0"), 0.0f), "an f32 is not an f64");
    }

    @Test
    void referencesMatchByNullnessAndExternNumber() {
        assertTrue(WastValues.matches(v("externref", "3"), new ExternRef(3)));
        assertFalse(WastValues.matches(v("externref", "3"), new ExternRef(4)));
        assertTrue(WastValues.matches(v("externref", "null"), null));
        assertFalse(WastValues.matches(v("funcref", "null"), new ExternRef(1)));
        assertFalse(WastValues.matches(v("funcref", null), null), "an absent value means any non-null reference");
    }

    @Test
    void trapsMatchTheReferenceInterpretersWording() {
        assertTrue(TrapMatcher.matches("integer divide by zero", new Trap(TrapKind.INTEGER_DIVIDE_BY_ZERO)));
        assertFalse(TrapMatcher.matches("integer overflow", new Trap(TrapKind.INTEGER_DIVIDE_BY_ZERO)));
        assertTrue(TrapMatcher.matches("uninitialized element 2", new Trap(TrapKind.UNINITIALIZED_ELEMENT)));
        assertTrue(TrapMatcher.matches("undefined element", new Trap(TrapKind.TABLE_OUT_OF_BOUNDS)));
        assertFalse(TrapMatcher.matches("undefined element", new Trap(TrapKind.UNINITIALIZED_ELEMENT)));
    }

    @Test
    void textModulesOfAssertMalformedAreNotCommands() {
        var text = new WastScript.Command("assert_malformed", 1, "a.1.wat", null, null, "x", "text", null, null);
        var binary = new WastScript.Command("assert_malformed", 2, "a.2.wasm", null, null, "x", "binary", null,
                null);
        assertFalse(text.appliesToBinaryEngine());
        assertTrue(binary.appliesToBinaryEngine());
    }
}
