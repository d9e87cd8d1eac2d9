package io.jfvm.gas.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counter import lands after the existing imports, so defined globals move up by one. 0.2.0 shifts exactly
 * those; 0.4.0 shifts every index (imported ones too, which then name the wrong global) and leaves exported
 * globals unchanged. Builtin actors import no global, where both agree; the difference is reproduced anyway.
 */
class GlobalShiftTest {
    private static final String WAT = """
            (module
              (import "gas" "other" (global i32))
              (global $d (mut i32) (i32.const 0))
              (func (result i32) global.get 0 global.get 1 i32.add)
              (export "d" (global $d)))
            """;

    private static List<Instr> shiftedBody(InstrumentVersion v, Module m) {
        new GasMeteringPass(v, ConstantCostRules.defaults(v), "gas", false).apply(m);
        List<Instr> body = m.functions().get(0).body();
        return body.subList(2, body.size()); // after the block charge
    }

    @Test
    void v040ShiftsEveryGlobalIndexAndKeepsExports() {
        Module m = Instrumented.parse(WAT);
        assertEquals(List.of(Instr.indexed(Op.GLOBAL_GET, 1), Instr.indexed(Op.GLOBAL_GET, 2), Instr.of(Op.I32_ADD),
                Instr.of(Op.END)), shiftedBody(InstrumentVersion.V0_4_0, m));
        assertEquals(List.of(new Export("d", ExternKind.GLOBAL, 1)), m.exports());
        assertEquals("gas_counter", m.imports().get(1).name());
    }

    @Test
    void v020ShiftsOnlyDefinedGlobalsAndRenumbersExports() {
        Module m = Instrumented.parse(WAT);
        assertEquals(List.of(Instr.indexed(Op.GLOBAL_GET, 0), Instr.indexed(Op.GLOBAL_GET, 2), Instr.of(Op.I32_ADD),
                Instr.of(Op.END)), shiftedBody(InstrumentVersion.V0_2_0, m));
        assertEquals(List.of(new Export("d", ExternKind.GLOBAL, 2)), m.exports());
        assertEquals("gas_couner", m.imports().get(1).name());
    }
}
