package io.jfvm.gas.instrument;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.Value;
import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.testing.Wat;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: instrument hand-written WAT under FVM rules, list the injected charges, run the result. */
final class Instrumented {
    /** Starting gas counter for runs, in milligas: far more than any test needs. */
    static final long START_GAS = 1_000_000_000_000L;

    private Instrumented() {}

    static Module parse(String wat) {
        return WasmParser.parse(Wat.assemble(wat, true, "test module"));
    }

    /** Gas metering only, with the FVM's rules for {@code prices}, so block costs can be read in isolation. */
    static Module gasOnly(String wat, PriceList prices) {
        Module m = parse(wat);
        new GasMeteringPass(prices.instrumentVersion(), prices.instructionCosts(), FvmInstrumentation.GAS_MODULE,
                false).apply(m);
        return m;
    }

    /** The FVM's whole pipeline (feature check, stack limiter 2048, gas metering). */
    static Module fvm(String wat, PriceList prices) {
        Module m = parse(wat);
        FvmInstrumentation.instrument(m, prices, false);
        return m;
    }

    /**
     * The charges injected into function {@code funcIndex} (function index space), in order: a block charge as
     * its milligas amount, a dynamic charge as {@code "dyn <per unit>"}.
     */
    static List<String> charges(Module m, int funcIndex) {
        int gas = m.functionCount() - 1;
        int imported = m.functionCount() - m.functions().size();
        List<Instr> body = m.functions().get(funcIndex - imported).body();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i).op != Op.I64_CONST) {
                continue;
            }
            Instr next = body.get(i + 1);
            if (next.op == Op.CALL && next.index() == gas) {
                out.add(Long.toString(body.get(i).i64()));
            } else if (next.op == Op.I64_MUL && i + 2 < body.size() && body.get(i + 2).op == Op.CALL
                    && body.get(i + 2).index() == gas) {
                out.add("dyn " + body.get(i).i64());
            }
        }
        return out;
    }

    /** The counter import's name: 0.2.0 spells it {@code gas_couner}. */
    private static String counterName(Module m) {
        return m.imports(io.jfvm.compiler.ir.ExternKind.GLOBAL).stream()
                .filter(i -> i.module().equals(FvmInstrumentation.GAS_MODULE)).reduce((a, b) -> b).orElseThrow().name();
    }

    /** Runs export {@code name} of the instrumented module on Chicory; returns the milligas the counter lost. */
    static long gasUsed(Module m, String name, long... args) {
        GlobalInstance counter = new GlobalInstance(Value.i64(START_GAS), MutabilityType.Var);
        Instance instance = Instance.builder(Parser.parse(WasmEncoder.encode(m)))
                .withImportValues(ImportValues.builder()
                        .addGlobal(new ImportGlobal(FvmInstrumentation.GAS_MODULE, counterName(m), counter))
                        .build())
                .build();
        instance.export(name).apply(args);
        return START_GAS - counter.getValue();
    }
}
