package io.jfvm.gas.instrument;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Global;
import io.jfvm.compiler.ir.GlobalType;
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
 * fvm-wasm-instrument's {@code stack_limiter::inject}, as an IR pass, for 0.2.0 or 0.4.0.
 *
 * <ul>
 *   <li>Appends a defined mutable i32 global {@code stack_height} (initially 0). Its index is taken as the number
 *       of globals defined before it, ignoring imported globals, exactly as both versions do (correct for every
 *       module that imports no global, such as all builtin actors).</li>
 *   <li>Each defined function gets a stack cost: its locals ({@link LocalCounting}) plus its maximum operand-stack
 *       height ({@link MaxStackHeight}); imports cost 0.</li>
 *   <li>Every {@code call f} with a cost above 0 is wrapped: add the cost to {@code stack_height}, trap with
 *       {@code unreachable} if it exceeds the limit, call, subtract the cost.</li>
 *   <li>Every exported function, function in an element segment, and the start function, with a cost above 0,
 *       gets a thunk (in increasing order of the original index) that forwards its parameters through a wrapped
 *       call; exports, segments and the start section are redirected to the thunks.</li>
 * </ul>
 * It runs before gas metering, so its instructions are charged gas like any other.
 */
public final class StackLimiterPass implements Pass {
    /** {@code NetworkConfig::max_wasm_stack} in FVM v2, v3 and v4. */
    public static final int FVM_STACK_LIMIT = 2048;

    private final InstrumentVersion version;
    private final int stackLimit;

    public StackLimiterPass(InstrumentVersion version, int stackLimit) {
        this.version = version;
        this.stackLimit = stackLimit;
    }

    @Override
    public String id() {
        return "fvm-wasm-instrument-" + version.crateVersion + "/stack_limiter(limit=" + stackLimit + ")";
    }

    @Override
    public void apply(Module m) {
        if (version == InstrumentVersion.V0_4_0 && m.functions().isEmpty()) {
            // 0.4.0 builds its thunks from the function and code sections and fails when they are absent.
            throw fail("the module defines no function (no code section)");
        }
        int stackHeight = m.globals().size();
        m.globals().add(new Global(new GlobalType(ValType.I32, true), List.of(Instr.i32(0))));

        int imported = m.importCount(ExternKind.FUNCTION);
        long[] costs = new long[m.functionCount()];
        for (int i = 0; i < m.functions().size(); i++) {
            long locals = LocalCounting.count(m.functions().get(i).locals(), version);
            long cost = locals + MaxStackHeight.compute(m, i);
            if (cost > 0xFFFF_FFFFL) {
                throw fail("stack cost of function " + (imported + i) + " overflows u32");
            }
            costs[imported + i] = cost;
        }

        for (Function f : m.functions()) {
            List<Instr> out = new ArrayList<>(f.body().size());
            for (Instr i : f.body()) {
                if (i.op == Op.CALL && i.index() < costs.length && costs[i.index()] > 0) {
                    wrapCall(out, i.index(), costs[i.index()], stackHeight);
                } else {
                    out.add(i);
                }
            }
            f.setBody(out);
        }

        generateThunks(m, costs, stackHeight);
    }

    private void wrapCall(List<Instr> out, int callee, long cost, int stackHeight) {
        // Costs are u32 upstream and are emitted as `cost as i32`.
        int c = (int) cost;
        out.add(Instr.indexed(Op.GLOBAL_GET, stackHeight));
        out.add(Instr.i32(c));
        out.add(Instr.of(Op.I32_ADD));
        out.add(Instr.indexed(Op.GLOBAL_SET, stackHeight));
        out.add(Instr.indexed(Op.GLOBAL_GET, stackHeight));
        out.add(Instr.i32(stackLimit));
        out.add(Instr.of(Op.I32_GT_U));
        out.add(Instr.block(Op.IF, BlockType.EMPTY));
        out.add(Instr.of(Op.UNREACHABLE));
        out.add(Instr.of(Op.END));
        out.add(Instr.indexed(Op.CALL, callee));
        out.add(Instr.indexed(Op.GLOBAL_GET, stackHeight));
        out.add(Instr.i32(c));
        out.add(Instr.of(Op.I32_SUB));
        out.add(Instr.indexed(Op.GLOBAL_SET, stackHeight));
    }

    private void generateThunks(Module m, long[] costs, int stackHeight) {
        // Keyed by original index: the thunks are created, and numbered, in increasing index order.
        Map<Integer, Integer> thunks = new TreeMap<>();
        List<Integer> candidates = new ArrayList<>();
        for (Export e : m.exports()) {
            if (e.kind() == ExternKind.FUNCTION) {
                candidates.add(e.index());
            }
        }
        for (ElementSegment s : m.elements()) {
            if (usesFunctionIndices(s)) {
                for (List<Instr> item : s.items()) {
                    candidates.add(item.get(0).index());
                }
            }
        }
        if (m.start() >= 0) {
            candidates.add(m.start());
        }
        for (int idx : candidates) {
            if (idx < 0 || idx >= costs.length) {
                throw fail("function index " + idx + " isn't found");
            }
            if (costs[idx] != 0) {
                thunks.put(idx, -1);
            }
        }
        int next = m.functionCount();
        for (Map.Entry<Integer, Integer> t : thunks.entrySet()) {
            int callee = t.getKey();
            FuncType sig = m.functionType(callee);
            List<Instr> body = new ArrayList<>();
            for (int p = 0; p < sig.params().size(); p++) {
                body.add(Instr.indexed(Op.LOCAL_GET, p));
            }
            wrapCall(body, callee, costs[callee], stackHeight);
            body.add(Instr.of(Op.END));
            // The thunk's type is the first type structurally equal to the callee's signature.
            m.functions().add(new Function(m.typeIndex(sig), List.of(), body));
            t.setValue(next++);
        }

        List<Export> exports = m.exports();
        for (int i = 0; i < exports.size(); i++) {
            Export e = exports.get(i);
            if (e.kind() == ExternKind.FUNCTION && thunks.containsKey(e.index())) {
                exports.set(i, new Export(e.name(), e.kind(), thunks.get(e.index())));
            }
        }
        List<ElementSegment> elements = m.elements();
        for (int i = 0; i < elements.size(); i++) {
            ElementSegment s = elements.get(i);
            if (!usesFunctionIndices(s)) {
                continue;
            }
            List<List<Instr>> items = new ArrayList<>();
            for (List<Instr> item : s.items()) {
                int f = item.get(0).index();
                items.add(thunks.containsKey(f) ? List.of(Instr.indexed(Op.REF_FUNC, thunks.get(f))) : item);
            }
            elements.set(i, new ElementSegment(s.mode(), s.type(), s.tableIndex(), s.offset(), items));
        }
        if (m.start() >= 0 && thunks.containsKey(m.start())) {
            m.setStart(thunks.get(m.start()));
        }
    }

    /**
     * Whether a segment is (as far as jfvm's IR can tell) in the function-index encoding: a funcref segment
     * whose items are all {@code ref.func}. Upstream only redirects such segments and rejects the expression
     * encoding in gas metering; the IR does not record which encoding a segment used, so a segment written with
     * {@code ref.func} expressions is treated as the index encoding here.
     */
    static boolean usesFunctionIndices(ElementSegment s) {
        if (s.type() != ValType.FUNCREF) {
            return false;
        }
        for (List<Instr> item : s.items()) {
            if (item.size() != 1 || item.get(0).op != Op.REF_FUNC) {
                return false;
            }
        }
        return true;
    }

    private static WasmFormatException fail(String message) {
        return new WasmFormatException(WasmFormatException.Kind.UNSUPPORTED, "stack limiter: " + message);
    }
}
