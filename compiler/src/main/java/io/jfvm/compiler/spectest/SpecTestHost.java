package io.jfvm.compiler.spectest;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.GlobalType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.GlobalCell;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.compiler.rt.Table;
import java.util.List;

/**
 * The {@code spectest} host module every spec test script may import from: print functions, four constant
 * globals, a funcref table and a memory, as the test suite's README and the reference interpreter define them.
 */
public final class SpecTestHost {
    public static final String MODULE = "spectest";

    private SpecTestHost() {}

    /**
     * Fresh imports holding a new {@code spectest} module. Each script gets its own, because modules may write
     * to the shared table and memory.
     */
    public static Imports newImports() {
        Imports imports = new Imports();
        // The print functions only have to exist with the right types; the tests never look at their output,
        // and printing would bury the report.
        printFunction(imports, "print");
        printFunction(imports, "print_i32", ValType.I32);
        printFunction(imports, "print_i64", ValType.I64);
        printFunction(imports, "print_f32", ValType.F32);
        printFunction(imports, "print_f64", ValType.F64);
        printFunction(imports, "print_i32_f32", ValType.I32, ValType.F32);
        printFunction(imports, "print_f64_f64", ValType.F64, ValType.F64);
        imports.add(MODULE, "global_i32", new GlobalCell(new GlobalType(ValType.I32, false), 666));
        imports.add(MODULE, "global_i64", new GlobalCell(new GlobalType(ValType.I64, false), 666L));
        imports.add(MODULE, "global_f32", new GlobalCell(new GlobalType(ValType.F32, false), 666.6f));
        imports.add(MODULE, "global_f64", new GlobalCell(new GlobalType(ValType.F64, false), 666.6));
        imports.add(MODULE, "table", new Table(ValType.FUNCREF, 10, 20));
        imports.add(MODULE, "memory", new Memory(1, 2));
        return imports;
    }

    private static void printFunction(Imports imports, String name, ValType... params) {
        FuncType type = new FuncType(List.of(params), List.of());
        imports.add(MODULE, name, FuncRef.host(type, args -> null));
    }
}
