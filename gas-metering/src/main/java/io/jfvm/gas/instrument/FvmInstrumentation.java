package io.jfvm.gas.instrument;

import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.pass.Pass;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
import java.util.List;

/**
 * The FVM's instrumentation pipeline for a price list's line: feature check, stack limiter (limit 2048), gas
 * metering with the price list's rules and the gas module {@code "gas"}, in that order, as ref-fvm runs
 * fvm-wasm-instrument before compiling an actor.
 */
public final class FvmInstrumentation {
    /** The module the FVM imports the gas counter from. */
    public static final String GAS_MODULE = "gas";

    private FvmInstrumentation() {}

    /**
     * The passes the FVM runs at {@code networkVersion} (0.2.0 for nv16–17, 0.4.0 from nv18), with intrinsics;
     * an unsupported network version is rejected by {@link PriceLists#forNetworkVersion(int)}.
     */
    public static List<Pass> forNetworkVersion(int networkVersion) {
        return passes(PriceLists.forNetworkVersion(networkVersion), true);
    }

    /** The passes, with intrinsics registered for jfvm's code generation. */
    public static List<Pass> passes(PriceList prices) {
        return passes(prices, true);
    }

    /** The passes; without intrinsics the output runs as plain wasm on any engine (and in jfvm). */
    public static List<Pass> passes(PriceList prices, boolean registerIntrinsics) {
        FvmGasRules rules = FvmGasRules.of(prices);
        InstrumentVersion version = rules.instrumentVersion();
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
