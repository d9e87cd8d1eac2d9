package io.jfvm.gas.instrument;

import io.jfvm.compiler.ir.Instr;
import io.jfvm.gas.price.WasmGasPrices;

/**
 * The instruction prices of FVM v2 ({@code fvm@v2.12.1} {@code price_list.rs}): {@code nop drop block loop
 * unreachable return else end} are free and every other instruction, bulk memory and {@code memory.grow} included,
 * costs the one instruction price.
 */
public final class FlatGasRules implements CostRules {
    private final String priceList;
    private final long price;

    /** @param priceList the name of the price list, for {@link #id()} */
    public FlatGasRules(String priceList, WasmGasPrices prices) {
        this.priceList = priceList;
        this.price = prices.instructionDefault();
    }

    @Override
    public InstructionCost cost(Instr instr) {
        return switch (instr.op) {
            case NOP, DROP, BLOCK, LOOP, UNREACHABLE, RETURN, ELSE, END -> InstructionCost.fixed(0);
            default -> InstructionCost.fixed(price);
        };
    }

    @Override
    public String id() {
        return "fvm-" + priceList + "(" + price + ")";
    }
}
