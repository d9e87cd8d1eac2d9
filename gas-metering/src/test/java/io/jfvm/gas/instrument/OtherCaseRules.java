package io.jfvm.gas.instrument;

import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Op;
import java.util.function.Function;

/**
 * The rules each {@code gas_metering_other} case was run with upstream, as its {@code .expected.txt} header
 * states them.
 */
final class OtherCaseRules implements CostRules {
    private final Function<Instr, InstructionCost> cost;
    private final long gasChargeCost;
    private final long linearCalcCost;
    private final String id;

    private OtherCaseRules(Function<Instr, InstructionCost> cost, long gasChargeCost, long linearCalcCost, String id) {
        this.cost = cost;
        this.gasChargeCost = gasChargeCost;
        this.linearCalcCost = linearCalcCost;
        this.id = id;
    }

    static CostRules of(InstrumentVersion v, String name) {
        return switch (name) {
            case "call_index", "grow_no_gas_no_track", "test_gas_error_fvm_fuzzin_5", "test_user_gas_global_fails" ->
                    ConstantCostRules.defaults(v);
            case "grow_const", "grow_const_neg_fail", "simple_grow" -> new ConstantCostRules(v, 1, 10000);
            case "gas_charge_charge" -> new OtherCaseRules(i -> InstructionCost.fixed(1), 13, 99, name);
            case "gas_charge_charge_const_linear", "gas_charge_charge_dyn_linear" -> new OtherCaseRules(
                    i -> i.op == Op.MEMORY_GROW ? InstructionCost.linear(17, 7) : InstructionCost.fixed(3), 13, 5, name);
            case "simple_grow_two" -> new OtherCaseRules(i -> switch (i.op) {
                case MEMORY_GROW -> InstructionCost.linear(1, 10);
                case MEMORY_INIT -> InstructionCost.linear(3, 12);
                default -> InstructionCost.fixed(1);
            }, 0, 0, name);
            default -> throw new AssertionError("no rules known for gas_metering_other case " + name);
        };
    }

    static String gasModule(String name) {
        return name.equals("test_gas_error_fvm_fuzzin_5") || name.equals("test_user_gas_global_fails") ? "other"
                : "env";
    }

    @Override
    public InstructionCost cost(Instr instr) {
        return cost.apply(instr);
    }

    @Override
    public long gasChargeCost() {
        return gasChargeCost;
    }

    @Override
    public long linearCalcCost() {
        return linearCalcCost;
    }

    @Override
    public String id() {
        return id;
    }
}
