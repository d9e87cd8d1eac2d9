package io.jfvm.compiler.differential;

import io.jfvm.compiler.ir.ValType;
import java.util.List;

/**
 * Calls on which Chicory's interpreter is known to be wrong. Such a call is not compared with Chicory but with
 * an independent oracle, so that jfvm is still checked.
 */
final class ReferenceDeviations {
    private ReferenceDeviations() {}

    /**
     * The correct result of a call where Chicory is known to deviate, or null when Chicory is to be trusted.
     *
     * <ul>
     *   <li>{@code f32.convert_i64_u} with the top bit set: Chicory converts through an intermediate that rounds
     *       twice (2^63 + 1 gives 0x5f000001 instead of 0x5f000000). The oracle halves the value keeping a
     *       sticky low bit, converts once (exactly as rounding the full value would) and doubles, which is exact.
     *   <li>{@code table.init} whose destination + length overflows i32: Chicory's bounds check adds them as
     *       ints ({@code OpcodeImpl.TABLE_INIT}), the sum wraps negative and passes, so it does not trap. The
     *       {@code run(offset, length)} functions of the table_init scripts initialise from element 0 into
     *       tables of at most 64 elements, so any sum of 2^31 or more must trap.
     * </ul>
     */
    static CallResult oracle(String script, String export, long[] args) {
        if (export.equals("f32.convert_i64_u") && args.length == 1 && args[0] < 0) {
            long halved = (args[0] >>> 1) | (args[0] & 1);
            float f = (float) halved * 2f;
            return CallResult.returned(List.of(ValType.F32), new long[] {Float.floatToRawIntBits(f)});
        }
        if (script.equals("table_init") && export.equals("run") && args.length == 2
                && Integer.toUnsignedLong((int) args[0]) + Integer.toUnsignedLong((int) args[1]) > Integer.MAX_VALUE) {
            return CallResult.trapped("out of bounds table access");
        }
        return null;
    }
}
