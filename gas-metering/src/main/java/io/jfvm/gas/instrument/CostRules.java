package io.jfvm.gas.instrument;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.Instr;

/**
 * The cost model the gas-metering pass injects: fvm-wasm-instrument's {@code Rules} trait. The FVM's rules are
 * {@link FvmGasRules}; the upstream fixtures use {@link ConstantCostRules}.
 */
public interface CostRules {
    /**
     * The cost of {@code instr}. Rules reject an instruction the FVM does not support by throwing
     * {@link WasmFormatException} (kind UNSUPPORTED), which makes instrumentation, and so module loading, fail.
     */
    InstructionCost cost(Instr instr);

    /** 0.4.0: added to every injected block charge. */
    default long gasChargeCost() {
        return 0;
    }

    /** 0.4.0: added to a block for every dynamic (run-time) linear charge it contains. */
    default long linearCalcCost() {
        return 0;
    }

    /**
     * 0.2.0's {@code MemoryGrowCost}: 0 means free; otherwise every {@code memory.grow} is replaced by a call to an
     * injected function that first charges this much per page. FVM v2 uses free.
     */
    default long memoryGrowCostPerPage() {
        return 0;
    }

    /** Identifies the rules and their parameters; part of the pass id and so of the compiled-module cache key. */
    String id();
}
