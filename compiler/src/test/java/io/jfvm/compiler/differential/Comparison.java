package io.jfvm.compiler.differential;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.testing.SpecModules.SpecModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs modules on both engines and keeps the tally. Every numeric export is called with generated arguments,
 * the same sequence of calls on one instance per engine, so that memory, table and global state evolve alike;
 * after each function's calls the memories must be equal too. Whenever one side is cut short, both start again
 * from fresh instances.
 */
final class Comparison implements AutoCloseable {
    private static final int CALLS_PER_FUNCTION = 8;
    private static final long BASE_SEED = 0x64696666L; // "diff"
    /** Calls that take Chicory longer than this (loops driven by a huge argument) are skipped. */
    private static final long REFERENCE_MILLIS = 500;
    /** jfvm is much faster than the interpreter; a call that finishes there must finish here. */
    private static final long JFVM_MILLIS = 10_000;
    private static final Set<ValType> NUMERIC = Set.of(ValType.I32, ValType.I64, ValType.F32, ValType.F64);

    private final WasmCompiler compiler = new WasmCompiler(CompileOptions.DEFAULT);
    private final TimedCalls timed = new TimedCalls();
    final List<String> mismatches = new ArrayList<>();
    final List<String> referenceFailures = new ArrayList<>();
    int modules;
    int calls;
    int oracleChecked;
    int cutShort;
    int memoriesCompared;

    /** Compares one module's numeric exports, if it has any and needs no imports. */
    void module(SpecModule spec) throws Exception {
        byte[] wasm = spec.bytes();
        Module module = WasmParser.parse(wasm);
        List<Export> functions = numericFunctionExports(module);
        if (!module.imports().isEmpty() || functions.isEmpty() || module.start() >= 0) {
            return;
        }
        Engines engines;
        try {
            engines = Engines.create(wasm, compiler);
        } catch (RuntimeException e) {
            return; // modules that fail to instantiate (assert_uninstantiable) are the spec runner's business
        }
        modules++;
        for (Export e : functions) {
            engines = function(spec, wasm, engines, e.name(), module.functionType(e.index()));
        }
    }

    /** Calls one function repeatedly; returns the engines to go on with (fresh ones after a disruption). */
    private Engines function(SpecModule spec, byte[] wasm, Engines engines, String name, FuncType type)
            throws Exception {
        for (int k = 0; k < CALLS_PER_FUNCTION; k++) {
            long[] args = Inputs.arguments(type.params(), seed(spec, name, k));
            String call = spec + " " + name + describe(type.params(), args);
            Engines current = engines;
            Optional<CallResult> expected;
            try {
                expected = timed.run(() -> current.reference().call(name, type, args), REFERENCE_MILLIS);
            } catch (Exception | Error failure) {
                // Chicory fails outright on a few inputs (e.g. memory.copy with a huge length allocates before
                // its bounds check): no reference result, and its instance may be half-updated.
                referenceFailures.add(call + ": " + failure);
                engines = Engines.create(wasm, compiler);
                continue;
            }
            if (expected.isEmpty()) {
                cutShort++;
                return Engines.create(wasm, compiler);
            }
            Optional<CallResult> actual = timed.run(() -> current.jfvm().call(name, type, args), JFVM_MILLIS);
            calls++;
            if (actual.isEmpty()) {
                mismatches.add(call + ": Chicory gives " + expected.get() + ", jfvm did not finish");
                return Engines.create(wasm, compiler);
            }
            if (expected.get().exhaustedStack() || actual.get().exhaustedStack()) {
                // How deep a call may recurse before the stack runs out is up to each engine (the specification
                // leaves it to the implementation): not an outcome to compare, and the instances may be half-updated.
                referenceFailures.add(call + ": call stack exhausted in one engine");
                engines = Engines.create(wasm, compiler);
                continue;
            }
            CallResult oracle = ReferenceDeviations.oracle(spec.script(), name, args);
            if (oracle != null) {
                oracleChecked++;
                if (!actual.get().agreesWith(oracle)) {
                    mismatches.add(call + ": the oracle gives " + oracle + ", jfvm " + actual.get());
                }
            } else if (!actual.get().agreesWith(expected.get())) {
                mismatches.add(call + ": Chicory gives " + expected.get() + ", jfvm " + actual.get());
            }
        }
        byte[] referenceMemory = engines.reference().memory();
        if (referenceMemory != null) {
            memoriesCompared++;
        }
        String memory = memoryDifference(referenceMemory, engines.jfvm().memory());
        if (memory != null) {
            mismatches.add(spec + " after the calls of " + name + ": " + memory);
            return Engines.create(wasm, compiler); // the states diverged; later comparisons would only echo it
        }
        return engines;
    }

    /** Where two memories first differ, or null when they are equal. */
    private static String memoryDifference(byte[] reference, byte[] jfvm) {
        if (reference == null || jfvm == null) {
            return reference == jfvm ? null : "only one engine has a memory";
        }
        if (reference.length != jfvm.length) {
            return "memory of " + reference.length + " bytes in Chicory, " + jfvm.length + " in jfvm";
        }
        int at = Arrays.mismatch(reference, jfvm);
        return at < 0 ? null : "memory differs at byte " + at + ": Chicory " + reference[at] + ", jfvm " + jfvm[at];
    }

    /** The arguments' seed: a function of the call alone, so that inputs do not depend on what ran before. */
    private static long seed(SpecModule spec, String export, int k) {
        return BASE_SEED ^ ((long) (spec + "/" + export).hashCode() << 16) ^ k;
    }

    /** Exported functions whose parameters and results are all numbers, which generated inputs can exercise. */
    private static List<Export> numericFunctionExports(Module module) {
        List<Export> out = new ArrayList<>();
        for (Export e : module.exports()) {
            if (e.kind() == ExternKind.FUNCTION) {
                FuncType t = module.functionType(e.index());
                if (NUMERIC.containsAll(t.params()) && NUMERIC.containsAll(t.results())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String describe(List<ValType> params, long[] args) {
        String[] parts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            parts[i] = CallResult.describe(params.get(i), args[i]);
        }
        return Arrays.toString(parts);
    }

    @Override
    public void close() {
        timed.close();
    }

    /** A fresh instance of one module on each engine. */
    private record Engines(Engine reference, Engine jfvm) {
        static Engines create(byte[] wasm, WasmCompiler compiler) {
            return new Engines(new ChicoryEngine(wasm), new JfvmEngine(compiler.compile(wasm)));
        }
    }
}
