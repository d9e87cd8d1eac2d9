package io.jfvm.gas.instrument;

import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.pass.Pass;
import io.jfvm.gas.price.PriceList;
import java.util.List;

/**
 * The FVM's instrumentation pipeline: feature check, stack limiter (limit 2048), gas metering with the gas module
 * {@code "gas"}, in that order, as ref-fvm runs fvm-wasm-instrument before compiling an actor. The price list decides
 * the instruction costs and which fvm-wasm-instrument release the passes reproduce.
 */
public final class FvmInstrumentation {
    /** The module the FVM imports the gas counter from. */
    public static final String GAS_MODULE = "gas";

    private FvmInstrumentation() {}

    /** The passes, with intrinsics registered for jfvm's code generation. */
    public static List<Pass> passes(PriceList prices) {
        return passes(prices, true);
    }

    /** The passes; without intrinsics the output runs as plain wasm on any engine (and in jfvm). */
    public static List<Pass> passes(PriceList prices, boolean registerIntrinsics) {
        CostRules rules = prices.instructionCosts();
        InstrumentVersion version = prices.instrumentVersion();
        return List.of(
                new FeatureCheckPass(version),
                new StackLimiterPass(version, StackLimiterPass.FVM_STACK_LIMIT),
                new GasMeteringPass(version, rules, GAS_MODULE, registerIntrinsics));
    }

    /** Runs the pipeline on {@code module} in place. */
    public static void instrument(Module module, PriceList prices, boolean registerIntrinsics) {
        for (Pass p : passes(prices, registerIntrinsics)) {
            p.apply(module);
        }
    }
}
