package io.jfvm.gas.instrument;

/**
 * What one instruction costs: a fixed amount, or (0.4.0 only) {@code base + perUnit × n} where {@code n} is the
 * i32 on top of the stack (bytes, elements or pages).
 *
 * @param base charged into the metered block
 * @param perUnit 0 for a fixed cost
 */
public record InstructionCost(long base, long perUnit) {
    public InstructionCost {
        if (base < 0 || perUnit < 0) {
            throw new IllegalArgumentException("instruction costs are unsigned: " + base + ", " + perUnit);
        }
    }

    public static InstructionCost fixed(long cost) {
        return new InstructionCost(cost, 0);
    }

    public static InstructionCost linear(long base, long perUnit) {
        return new InstructionCost(base, perUnit);
    }

    public boolean isLinear() {
        return perUnit != 0;
    }
}
