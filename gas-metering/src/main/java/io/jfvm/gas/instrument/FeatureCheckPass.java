package io.jfvm.gas.instrument;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Global;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.TableType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.pass.Pass;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rejects, before instrumentation, what the FVM refuses to load beyond plain WebAssembly validity. jfvm's IR
 * already excludes SIMD, atomics, exceptions, tail calls and memory64, which every FVM rejects.
 *
 * <ul>
 *   <li>Both lines: multi-value (a function with more than one result, a block typed by a type index), which the
 *       FVM's wasmtime configuration disables; more than one memory (multi-memory is disabled); typed
 *       {@code select} and {@code ref.null}/{@code ref.is_null}/{@code ref.func}, which the instrumentation
 *       rejects.</li>
 *   <li>FVM v2 additionally rejects what parity-wasm 0.42 with only its {@code bulk} feature cannot load:
 *       sign-extension and saturating float-to-int instructions, reference-typed values, tables other than one
 *       funcref table, the instructions {@code table.get/set/grow/size/fill}, and element segments that are
 *       declarative or hold anything but function indices.</li>
 * </ul>
 * Everything else the FVM rejects (non-constant segment offsets, negative constant sizes for bulk operations,
 * stack-limiter failures) is rejected by {@link StackLimiterPass} and {@link GasMeteringPass} as upstream does.
 */
public final class FeatureCheckPass implements Pass {
    private static final Set<Op> REJECTED_BY_BOTH = EnumSet.of(Op.SELECT_T, Op.REF_NULL, Op.REF_IS_NULL,
            Op.REF_FUNC);
    private static final Set<Op> REJECTED_BY_V2 = EnumSet.of(
            Op.I32_EXTEND8_S, Op.I32_EXTEND16_S, Op.I64_EXTEND8_S, Op.I64_EXTEND16_S, Op.I64_EXTEND32_S,
            Op.I32_TRUNC_SAT_F32_S, Op.I32_TRUNC_SAT_F32_U, Op.I32_TRUNC_SAT_F64_S, Op.I32_TRUNC_SAT_F64_U,
            Op.I64_TRUNC_SAT_F32_S, Op.I64_TRUNC_SAT_F32_U, Op.I64_TRUNC_SAT_F64_S, Op.I64_TRUNC_SAT_F64_U,
            Op.TABLE_GET, Op.TABLE_SET, Op.TABLE_GROW, Op.TABLE_SIZE, Op.TABLE_FILL);

    private final InstrumentVersion version;

    public FeatureCheckPass(InstrumentVersion version) {
        this.version = version;
    }

    @Override
    public String id() {
        return "fvm-feature-check(" + version.crateVersion + ")";
    }

    @Override
    public void apply(Module m) {
        boolean v2 = version == InstrumentVersion.V0_2_0;
        for (int t = 0; t < m.types().size(); t++) {
            FuncType type = m.types().get(t);
            if (type.results().size() > 1) {
                throw reject("type " + t + " has " + type.results().size() + " results (multi-value is disabled)");
            }
            if (v2) {
                checkValueTypes(type.params(), "type " + t);
                checkValueTypes(type.results(), "type " + t);
            }
        }
        if (m.memoryCount() > 1) {
            throw reject(m.memoryCount() + " memories (multi-memory is disabled)");
        }
        if (v2) {
            checkV2TablesGlobalsAndElements(m);
        }
        int imported = m.functionCount() - m.functions().size();
        for (int i = 0; i < m.functions().size(); i++) {
            Function f = m.functions().get(i);
            String where = "function " + (imported + i);
            if (v2) {
                checkValueTypes(f.locals(), where);
            }
            for (Instr instr : f.body()) {
                if (REJECTED_BY_BOTH.contains(instr.op) || (v2 && REJECTED_BY_V2.contains(instr.op))) {
                    throw reject(where + " uses " + instr.op.text);
                }
                if ((instr.op == Op.BLOCK || instr.op == Op.LOOP || instr.op == Op.IF) && instr.blockType() >= 0) {
                    throw reject(where + " has a block typed by type index " + instr.blockType()
                            + " (multi-value is disabled)");
                }
            }
        }
    }

    private void checkV2TablesGlobalsAndElements(Module m) {
        if (m.tableCount() > 1) {
            throw reject(m.tableCount() + " tables (parity-wasm supports one)");
        }
        for (int i = 0; i < m.tableCount(); i++) {
            TableType t = m.tableType(i);
            if (t.elementType() != ValType.FUNCREF) {
                throw reject("table of " + t.elementType() + " (reference types are not supported)");
            }
        }
        for (Import imp : m.imports()) {
            if (imp.global() != null) {
                checkValueTypes(List.of(imp.global().type()), "imported global " + imp.module() + "." + imp.name());
            }
        }
        for (Global g : m.globals()) {
            checkValueTypes(List.of(g.type().type()), "a global");
        }
        for (int i = 0; i < m.elements().size(); i++) {
            ElementSegment s = m.elements().get(i);
            if (s.mode() == ElementSegment.Mode.DECLARATIVE || !StackLimiterPass.usesFunctionIndices(s)) {
                throw reject("element segment " + i + " is declarative or holds expressions");
            }
        }
    }

    private void checkValueTypes(List<ValType> types, String where) {
        for (ValType t : types) {
            if (t.isReference()) {
                throw reject(where + " uses " + t + " (reference types are not supported)");
            }
        }
    }

    private WasmFormatException reject(String what) {
        return new WasmFormatException(WasmFormatException.Kind.UNSUPPORTED,
                "the FVM (fvm-wasm-instrument " + version.crateVersion + ") rejects this module: " + what);
    }
}
