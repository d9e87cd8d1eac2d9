package io.jfvm.gas.instrument;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.intrinsics.FunctionIntrinsic;
import io.jfvm.compiler.intrinsics.GlobalIntrinsic;
import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.GlobalType;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.pass.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * fvm-wasm-instrument's {@code gas_metering::inject}, as an IR pass, for 0.2.0 or 0.4.0.
 *
 * <ol>
 *   <li>Appends the import {@code <module>.gas_counter} (0.2.0: {@code gas_couner}), a mutable i64 global, after
 *       the existing imports, and shifts {@code global.get/set} indices in every body: 0.4.0 shifts all of them,
 *       0.2.0 those at or above the new global's index (0.2.0 also renumbers exported globals; 0.4.0 does not).</li>
 *   <li>Charges every metered block ({@link MeteredBlocks}) with {@code i64.const cost; call $gas} at its start;
 *       0.4.0 adds a run-time charge before linear instructions whose count is not a preceding constant.</li>
 *   <li>Appends the function {@code gas(i64)}: {@code counter -= cost; if counter < 0 { unreachable }}. (0.2.0 with
 *       a per-page memory.grow cost also appends a grow-counter function; FVM v2 does not use it.)</li>
 * </ol>
 * The module is rejected, as upstream rejects it, when an active data (0.2.0: also element) segment offset is not
 * a lone {@code i32.const}, when an element segment uses expressions (0.4.0), when the module already imports a gas
 * counter (0.4.0) or imports any other global (0.2.0), or when the rules reject an instruction.
 *
 * <p>When {@code registerIntrinsics} is set, the counter becomes a {@link GlobalIntrinsic} named
 * {@value #GAS_COUNTER_INTRINSIC} and the {@code gas} function a {@link GasFunctionIntrinsic}, so code generation
 * inlines them; the wasm function stays in the module, so the module still runs on any engine.
 */
public final class GasMeteringPass implements Pass {
    /** The host-visible name of the counter global intrinsic. */
    public static final String GAS_COUNTER_INTRINSIC = "gas_counter";

    private final InstrumentVersion version;
    private final CostRules rules;
    private final String gasModuleName;
    private final boolean registerIntrinsics;

    public GasMeteringPass(InstrumentVersion version, CostRules rules, String gasModuleName,
            boolean registerIntrinsics) {
        this.version = version;
        this.rules = rules;
        this.gasModuleName = gasModuleName;
        this.registerIntrinsics = registerIntrinsics;
    }

    @Override
    public String id() {
        return "fvm-wasm-instrument-" + version.crateVersion + "/gas_metering(module=" + gasModuleName + ",rules="
                + rules.id() + ",intrinsics=" + registerIntrinsics + ")";
    }

    @Override
    public void apply(Module m) {
        if (version == InstrumentVersion.V0_4_0 && m.functions().isEmpty()) {
            // 0.4.0 appends the gas function to the function and code sections and fails when they are absent.
            throw MeteredBlocks.fail("the module defines no function (no code section)");
        }
        checkSegmentsAndImports(m);

        int gasGlobal = m.importCount(ExternKind.GLOBAL);
        List<Import> imports = m.imports();
        imports.add(Import.global(gasModuleName, version.gasCounterName(), new GlobalType(ValType.I64, true)));

        int gasFunc = m.functionCount();
        int growFunc = gasFunc + 1;
        boolean growCounter = version == InstrumentVersion.V0_2_0 && rules.memoryGrowCostPerPage() != 0;

        List<Function> functions = m.functions();
        for (int i = 0; i < functions.size(); i++) {
            Function f = functions.get(i);
            List<Instr> shifted = shiftGlobals(f.body(), gasGlobal);
            int paramCount = m.types().get(f.typeIndex()).params().size();
            List<Instr> metered;
            try {
                metered = inject(f, shifted, paramCount, gasFunc);
            } catch (WasmFormatException e) {
                throw new WasmFormatException(e.kind(), e.getMessage() + " (in function " + (m.importCount(
                        ExternKind.FUNCTION) + i) + ")", e);
            }
            if (growCounter) {
                metered = metered.stream()
                        .map(instr -> instr.op == Op.MEMORY_GROW ? Instr.indexed(Op.CALL, growFunc) : instr)
                        .toList();
            }
            f.setBody(metered);
        }

        if (version == InstrumentVersion.V0_2_0) {
            // 0.2.0 keeps exported globals pointing at the same global; 0.4.0 computes this and drops it.
            List<Export> exports = m.exports();
            for (int i = 0; i < exports.size(); i++) {
                Export e = exports.get(i);
                if (e.kind() == ExternKind.GLOBAL && e.index() >= gasGlobal) {
                    exports.set(i, new Export(e.name(), e.kind(), e.index() + 1));
                }
            }
        }

        int gasType = m.typeIndex(new FuncType(List.of(ValType.I64), List.of()));
        functions.add(new Function(gasType, List.of(), gasFunctionBody(gasGlobal)));
        if (growCounter) {
            int growType = m.typeIndex(new FuncType(List.of(ValType.I32), List.of(ValType.I32)));
            functions.add(new Function(growType, List.of(), List.of(
                    Instr.indexed(Op.LOCAL_GET, 0),
                    Instr.indexed(Op.LOCAL_GET, 0),
                    Instr.of(Op.I64_EXTEND_I32_U),
                    Instr.i64(rules.memoryGrowCostPerPage()),
                    Instr.of(Op.I64_MUL),
                    Instr.indexed(Op.CALL, gasFunc),
                    Instr.indexed(Op.MEMORY_GROW, 0),
                    Instr.of(Op.END))));
        }

        shiftGlobalIntrinsics(m, gasGlobal);
        if (registerIntrinsics) {
            m.globalIntrinsics().put(gasGlobal, new GlobalIntrinsic(GAS_COUNTER_INTRINSIC));
            FunctionIntrinsic gas = new GasFunctionIntrinsic(gasGlobal);
            m.functionIntrinsics().put(gasFunc, gas);
        }
    }

    /** The injected {@code gas(i64)} body: subtract, store, trap with {@code unreachable} when negative. */
    static List<Instr> gasFunctionBody(int gasGlobal) {
        return List.of(
                Instr.indexed(Op.GLOBAL_GET, gasGlobal),
                Instr.indexed(Op.LOCAL_GET, 0),
                Instr.of(Op.I64_SUB),
                Instr.indexed(Op.GLOBAL_SET, gasGlobal),
                Instr.indexed(Op.GLOBAL_GET, gasGlobal),
                Instr.i64(0),
                Instr.of(Op.I64_LT_S),
                Instr.block(Op.IF, BlockType.EMPTY),
                Instr.of(Op.UNREACHABLE),
                Instr.of(Op.END),
                Instr.of(Op.END));
    }

    private void checkSegmentsAndImports(Module m) {
        for (int i = 0; i < m.datas().size(); i++) {
            DataSegment d = m.datas().get(i);
            if (d.active() && !isLoneI32Const(d.offset())) {
                throw MeteredBlocks.fail("data segment " + i + " has an offset that is not a lone i32.const");
            }
        }
        for (int i = 0; i < m.elements().size(); i++) {
            ElementSegment e = m.elements().get(i);
            if (version == InstrumentVersion.V0_2_0) {
                if (e.mode() == ElementSegment.Mode.ACTIVE && !isLoneI32Const(e.offset())) {
                    throw MeteredBlocks.fail("element segment " + i + " has an offset that is not a lone i32.const");
                }
            } else if (!StackLimiterPass.usesFunctionIndices(e)) {
                // 0.4.0 requires every expression item to be a lone i32.const, which no valid item is.
                throw MeteredBlocks.fail("element segment " + i + " uses expressions");
            }
        }
        for (Import imp : m.imports(ExternKind.GLOBAL)) {
            if (version == InstrumentVersion.V0_4_0) {
                if (imp.module().equals(gasModuleName) && imp.name().equals(version.gasCounterName())) {
                    throw MeteredBlocks.fail("expected 1 gas global, but the module already imports "
                            + gasModuleName + "." + imp.name());
                }
            } else if (!imp.module().equals(gasModuleName) && !imp.name().equals(version.gasCounterName())) {
                // 0.2.0's check is an "and" of two inequalities: only globals from another module under another
                // name are refused.
                throw MeteredBlocks.fail("imported global " + imp.module() + "." + imp.name() + " is not allowed");
            }
        }
    }

    private static boolean isLoneI32Const(List<Instr> expr) {
        return expr.size() == 1 && expr.get(0).op == Op.I32_CONST;
    }

    private List<Instr> shiftGlobals(List<Instr> body, int gasGlobal) {
        List<Instr> out = new ArrayList<>(body.size());
        for (Instr i : body) {
            if ((i.op == Op.GLOBAL_GET || i.op == Op.GLOBAL_SET)
                    && (version == InstrumentVersion.V0_4_0 || i.index() >= gasGlobal)) {
                out.add(Instr.indexed(i.op, i.index() + 1));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private List<Instr> inject(Function f, List<Instr> body, int paramCount, int gasFunc) {
        MeteredBlocks.Result r = MeteredBlocks.compute(body, rules, version);
        int temp = paramCount + f.locals().size();
        if (!r.dynamicCharges().isEmpty()) {
            f.locals().add(ValType.I32);
        }
        List<Instr> out = new ArrayList<>(body.size() + 2 * r.blocks().size() + 6 * r.dynamicCharges().size());
        int nextBlock = 0;
        int nextDynamic = 0;
        for (int pos = 0; pos < body.size(); pos++) {
            if (nextBlock < r.blocks().size() && r.blocks().get(nextBlock).startPos() == pos) {
                // Wrapping add, as upstream's `(charge_cost + block.cost) as i64`.
                out.add(Instr.i64(rules.gasChargeCost() + r.blocks().get(nextBlock).cost()));
                out.add(Instr.indexed(Op.CALL, gasFunc));
                nextBlock++;
            }
            if (nextDynamic < r.dynamicCharges().size() && r.dynamicCharges().get(nextDynamic).pos() == pos) {
                out.add(Instr.indexed(Op.LOCAL_TEE, temp));
                out.add(Instr.indexed(Op.LOCAL_GET, temp));
                out.add(Instr.of(Op.I64_EXTEND_I32_U));
                out.add(Instr.i64(r.dynamicCharges().get(nextDynamic).perUnit()));
                out.add(Instr.of(Op.I64_MUL));
                out.add(Instr.indexed(Op.CALL, gasFunc));
                nextDynamic++;
            }
            out.add(body.get(pos));
        }
        if (nextBlock != r.blocks().size()) {
            throw MeteredBlocks.fail("metered blocks should be all consumed");
        }
        return out;
    }

    /** Defined globals move up by one because an import now precedes them; keep intrinsics on the same globals. */
    private static void shiftGlobalIntrinsics(Module m, int gasGlobal) {
        Map<Integer, GlobalIntrinsic> old = new TreeMap<>(m.globalIntrinsics());
        m.globalIntrinsics().clear();
        old.forEach((index, g) -> m.globalIntrinsics().put(index >= gasGlobal ? index + 1 : index, g));
    }
}
