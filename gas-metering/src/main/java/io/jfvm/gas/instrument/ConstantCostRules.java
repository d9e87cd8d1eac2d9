package io.jfvm.gas.instrument;

import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Op;

/**
 * fvm-wasm-instrument's {@code ConstantCostRules}, which its own tests and fixtures use: every instruction costs
 * {@code instructionCost}. A non-zero {@code memoryGrowCost} charges {@code memory.grow} per page, as a linear cost
 * with base 1 in 0.4.0, or through an injected grow-counter function in 0.2.0.
 */
public final class ConstantCostRules implements CostRules {
    private final InstrumentVersion version;
    private final long instructionCost;
    private final long memoryGrowCost;

    public ConstantCostRules(InstrumentVersion version, long instructionCost, long memoryGrowCost) {
        this.version = version;
        this.instructionCost = instructionCost;
        this.memoryGrowCost = memoryGrowCost;
    }

    /** {@code ConstantCostRules::default()}: cost 1, free memory growth. */
    public static ConstantCostRules defaults(InstrumentVersion version) {
        return new ConstantCostRules(version, 1, 0);
    }

    @Override
    public InstructionCost cost(Instr instr) {
        if (version == InstrumentVersion.V0_4_0 && instr.op == Op.MEMORY_GROW) {
            // 0.4.0 prices memory.grow with a literal 1, not with instructionCost.
            return memoryGrowCost == 0 ? InstructionCost.fixed(1) : InstructionCost.linear(1, memoryGrowCost);
        }
        return InstructionCost.fixed(instructionCost);
    }

    @Override
    public long memoryGrowCostPerPage() {
        return version == InstrumentVersion.V0_2_0 ? memoryGrowCost : 0;
    }

    @Override
    public String id() {
        return "constant(" + instructionCost + "," + memoryGrowCost + ")";
    }
}
