package io.jfvm.compiler.cache;

import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.intrinsics.GlobalIntrinsic;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Global;
import io.jfvm.compiler.ir.GlobalType;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Limits;
import io.jfvm.compiler.ir.MemoryType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.pass.Pass;
import java.util.List;

/** Small modules and passes for the cache tests, built as IR and encoded. */
final class TestModules {
    private TestModules() {}

    /**
     * Imports global {@code env.counter} (mutable i64), has a memory whose first byte is 42 and a global
     * initialised to 7, and exports {@code add(i32, i32) -> i32}, {@code byte0() -> i32} (memory byte 0) and
     * {@code seven() -> i32} (the global).
     */
    static byte[] calculator() {
        Module m = new Module();
        m.types().add(new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)));
        m.types().add(new FuncType(List.of(), List.of(ValType.I32)));
        m.imports().add(Import.global("env", "counter", new GlobalType(ValType.I64, true)));
        m.memories().add(new MemoryType(new Limits(1, Limits.NO_MAX)));
        m.globals().add(new Global(new GlobalType(ValType.I32, false), List.of(Instr.i32(7))));
        m.functions().add(new Function(0, List.of(), List.of(Instr.indexed(Op.LOCAL_GET, 0),
                Instr.indexed(Op.LOCAL_GET, 1), Instr.of(Op.I32_ADD), Instr.of(Op.END))));
        m.functions().add(new Function(1, List.of(), List.of(Instr.i32(0), Instr.memory(Op.I32_LOAD8_U, 0, 0),
                Instr.of(Op.END))));
        m.functions().add(new Function(1, List.of(), List.of(Instr.indexed(Op.GLOBAL_GET, 1), Instr.of(Op.END))));
        m.exports().add(new Export("add", ExternKind.FUNCTION, 0));
        m.exports().add(new Export("byte0", ExternKind.FUNCTION, 1));
        m.exports().add(new Export("seven", ExternKind.FUNCTION, 2));
        m.datas().add(new DataSegment(true, 0, List.of(Instr.i32(0)), new byte[] {42}));
        return WasmEncoder.encode(m);
    }

    /** Lowers imported global 0 to an instance field named {@code counter}, as the FVM's gas pass does. */
    static final class CounterIntrinsic implements Pass {
        @Override
        public String id() {
            return "test-counter-intrinsic/1";
        }

        @Override
        public void apply(Module module) {
            module.globalIntrinsics().put(0, new GlobalIntrinsic("counter"));
        }
    }
}
