package io.jfvm.gas.fuzz;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.TrapKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Both comparisons of one generated module. WebAssembly leaves the bits of a NaN result nondeterministic (which
 * of two NaN operands' payloads propagates can even change when the JIT recompiles an addition), so each
 * comparison makes NaNs deterministic first, and then requires equal bits everywhere.
 *
 * <ul>
 *   <li>{@code plain}: the module's {@code --denan} form, in which no NaN ever arises, on Chicory and on jfvm as a
 *       general WebAssembly engine.</li>
 *   <li>{@code fvm}: the module as generated, instrumented as the FVM instruments actors, on Chicory (plain wasm,
 *       gas counter imported, NaN results canonicalised by {@link CanonicalNaNs}) and on jfvm as it compiles
 *       actors (intrinsics, its own NaN canonicalisation); every gas counter must agree.</li>
 * </ul>
 * Chicory's copy of a module is also corrected where Chicory is known to be wrong ({@link ChicoryDeviations}).
 */
final class ModuleRun {
    /** The export of binaryen's fuzzer that resets the hang limit; the global it sets is the limit. */
    private static final String HANG_LIMIT_INITIALIZER = "hangLimitInitializer";

    /**
     * jfvm's split budgets, one drawn per module: the default, under which generated functions (mostly small) are
     * seldom split, or budgets so small that most functions are split into outlined regions, so that the splitter
     * is compared too, and in the fvm comparison the gas counter's passage between regions.
     */
    private static final int[] SPLIT_BUDGETS = {CompileOptions.DEFAULT_SPLIT_BUDGET,
        CompileOptions.DEFAULT_SPLIT_BUDGET, 40, 40, 200};

    private volatile Comparison current;
    private volatile String phase = "not started";

    /** What the run is doing now, for the report of a module that runs out of time. */
    String where() {
        Comparison c = current;
        return phase + (c == null ? "" : ", " + c.current);
    }

    /** The findings of {@code m}, counting into {@code tally}. */
    List<Finding> run(FuzzModule m, Tally tally) {
        int budget = SPLIT_BUDGETS[m.random("split budget").nextInt(SPLIT_BUDGETS.length)];
        String split = budget == CompileOptions.DEFAULT_SPLIT_BUDGET ? "" : ", split budget " + budget;
        List<Finding> findings = new ArrayList<>();
        Finding plain = plain(m, "plain" + split, CompileOptions.DEFAULT.withSplitBudget(budget), tally);
        if (plain != null) {
            findings.add(plain);
        }
        Finding fvm = fvm(m, "fvm" + split, FvmPipeline.jfvmOptions().withSplitBudget(budget), tally);
        if (fvm != null) {
            findings.add(fvm);
        }
        return findings;
    }

    private Finding plain(FuzzModule m, String name, CompileOptions options, Tally tally) {
        phase = name + ": compiling";
        current = null;
        Module shape;
        CompiledModule compiled;
        try {
            shape = WasmParser.parse(m.deNaNed());
            compiled = new WasmCompiler(options).compile(m.deNaNed());
        } catch (WasmFormatException e) {
            return new Finding(Finding.Kind.REJECTED, name, e.getMessage());
        } catch (RuntimeException | Error e) {
            return new Finding(Finding.Kind.CRASH, name, "compiling: " + Failures.describe(e));
        }
        tally.plainCompiled++;
        return compare(name, false, m, shape, m.deNaNed(), compiled, hangGlobal(shape, shape), tally);
    }

    private Finding fvm(FuzzModule m, String name, CompileOptions options, Tally tally) {
        phase = name + ": instrumenting";
        current = null;
        byte[] instrumented;
        try {
            instrumented = FvmPipeline.instrumentedWasm(m.wasm());
        } catch (WasmFormatException e) {
            tally.fvmRejected.merge(reason(e), 1, Integer::sum);
            return null;
        } catch (RuntimeException | Error e) {
            return new Finding(Finding.Kind.CRASH, name, "instrumenting: " + Failures.describe(e));
        }
        phase = name + ": compiling";
        Module shape;
        CompiledModule compiled;
        try {
            shape = WasmParser.parse(instrumented);
            compiled = new WasmCompiler(options).compile(m.wasm());
        } catch (RuntimeException | Error e) {
            // The instrumentation accepted the module, so neither its output nor jfvm's pipeline may fail.
            return new Finding(Finding.Kind.CRASH, name, "compiling: " + Failures.describe(e));
        }
        tally.fvmCompiled++;
        byte[] canonicalised;
        try {
            canonicalised = CanonicalNaNs.apply(instrumented);
        } catch (RuntimeException e) {
            return new Finding(Finding.Kind.FUZZER_FAILURE, name, "canonicalising NaNs for Chicory: "
                    + Failures.describe(e));
        }
        return compare(name, true, m, shape, canonicalised, compiled, hangGlobal(WasmParser.parse(m.wasm()), shape),
                tally);
    }

    private Finding compare(String name, boolean fvm, FuzzModule m, Module shape, byte[] referenceWasm,
            CompiledModule compiled, int hangGlobal, Tally tally) {
        phase = name + ": instantiating";
        for (Import imp : shape.imports()) {
            if (imp.kind() == ExternKind.FUNCTION && !FuzzingSupport.provides(imp.module(), imp.name())) {
                return new Finding(Finding.Kind.REJECTED, name, "the module imports " + imp + ", which is not one of"
                        + " binaryen's fuzzing-support functions");
            }
        }
        Side reference = null;
        Side jfvm = null;
        TrapKind referenceTrap = null;
        TrapKind jfvmTrap = null;
        byte[] corrected;
        try {
            corrected = ChicoryDeviations.correctModule(referenceWasm);
        } catch (RuntimeException e) {
            return new Finding(Finding.Kind.FUZZER_FAILURE, name, "correcting Chicory's module: "
                    + Failures.describe(e));
        }
        try {
            reference = new ChicorySide(corrected, shape);
        } catch (InstantiationTrap e) {
            referenceTrap = e.kind;
        } catch (RuntimeException e) {
            return new Finding(Finding.Kind.REFERENCE_FAILURE, name, "instantiating: " + Failures.describe(e));
        }
        try {
            jfvm = new JfvmSide(compiled);
        } catch (InstantiationTrap e) {
            jfvmTrap = e.kind;
        } catch (RuntimeException | Error e) {
            return new Finding(Finding.Kind.CRASH, name, "instantiating: " + Failures.describe(e));
        }
        if (!Objects.equals(referenceTrap, jfvmTrap)) {
            return new Finding(Finding.Kind.DIVERGENCE, name, "instantiation: Chicory " + trapText(referenceTrap)
                    + ", jfvm " + trapText(jfvmTrap));
        }
        if (referenceTrap != null) {
            return null; // both trapped alike: nothing to call
        }
        int gasGlobal = fvm ? FvmPipeline.gasCounterGlobal(shape) : -1;
        Comparison c = new Comparison(name, shape, reference, jfvm, hangGlobal, gasGlobal,
                m.random(fvm ? "fvm" : "plain"));
        current = c;
        phase = name;
        Finding f = c.run();
        tally.add(c, fvm);
        return f;
    }

    private static String trapText(TrapKind trap) {
        return trap == null ? "instantiates" : "traps \"" + trap.message + "\"";
    }

    /**
     * The hang-limit global in {@code run}'s index space, found in {@code generated}, the module before
     * instrumentation: the global its {@value #HANG_LIMIT_INITIALIZER} export sets. Instrumentation imports
     * globals, which come before the defined ones in the index space; -1 when there is no such export.
     */
    static int hangGlobal(Module generated, Module run) {
        for (Export e : generated.exports()) {
            if (e.kind() == ExternKind.FUNCTION && e.name().equals(HANG_LIMIT_INITIALIZER)) {
                int imported = generated.functionCount() - generated.functions().size();
                for (Instr i : generated.functions().get(e.index() - imported).body()) {
                    if (i.op == Op.GLOBAL_SET) {
                        int added = run.importCount(ExternKind.GLOBAL) - generated.importCount(ExternKind.GLOBAL);
                        return i.index() + added;
                    }
                }
            }
        }
        return -1;
    }

    /** A rejection's reason without its numbers, so that rejections of one kind count together. */
    private static String reason(WasmFormatException e) {
        String message = e.getMessage();
        int at = message.indexOf("rejects this module: ");
        String reason = at >= 0 ? message.substring(at + "rejects this module: ".length()) : message;
        // Wrapping passes repeat the kind ("unsupported module: unsupported module: ...").
        return reason.replaceAll("^(\\w+ module: )+", "").replaceAll("\\d+", "N");
    }
}
