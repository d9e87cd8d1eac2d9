package io.jfvm.gas.fuzz;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.pass.Pass;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.gas.price.PriceLists;
import java.util.List;

/**
 * The FVM instrumentation as the fuzzer applies it, with HYGGE's price list (FVM v3, fvm-wasm-instrument 0.4.0):
 * the only class here that uses gas-metering's API, so that a change of that API is adapted in one place.
 */
final class FvmPipeline {
    private FvmPipeline() {}

    /**
     * The instrumented module for another engine: no intrinsics, the gas counter an imported global.
     *
     * @throws WasmFormatException when the FVM rejects the module (feature check, stack limiter, gas metering)
     */
    static byte[] instrumentedWasm(byte[] wasm) {
        Module m = WasmParser.parse(wasm);
        for (Pass p : FvmInstrumentation.passes(PriceLists.HYGGE, false)) {
            p.apply(m);
        }
        return WasmEncoder.encode(m);
    }

    /**
     * How jfvm compiles actors: the same passes with intrinsics (the counter becomes a field, the gas function
     * inline code) and NaN canonicalisation.
     */
    static CompileOptions jfvmOptions() {
        return new CompileOptions(FvmInstrumentation.passes(PriceLists.HYGGE), true);
    }

    /** The global index of the gas counter in an instrumented module: its import from the gas module. */
    static int gasCounterGlobal(Module instrumented) {
        List<Import> globals = instrumented.imports(ExternKind.GLOBAL);
        for (int i = 0; i < globals.size(); i++) {
            if (globals.get(i).module().equals(FvmInstrumentation.GAS_MODULE)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the module imports no gas counter");
    }
}
