package io.jfvm.gas.instrument;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Op;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * fvm-wasm-instrument's {@code determine_metered_blocks}: splits a function body into metered blocks, each charged
 * in full when it is entered, and finds the instructions that need a run-time (dynamic) linear charge.
 *
 * <p>The algorithm keeps a stack of control blocks, each with an active metered block and the lowest (outermost)
 * forward branch target seen inside it. {@code block} continues the enclosing metered block; {@code if} and
 * {@code loop} start a new one at the next instruction; {@code else}, branches and {@code return} close the
 * active one; {@code end} closes it, and closes the parent's too when a branch could leave the closing block. A
 * closed block that starts where its parent's active block starts is merged into it; blocks costing 0 vanish.
 */
final class MeteredBlocks {
    /** A metered block: the charge {@code cost} is injected before instruction {@code startPos}. */
    record Block(int startPos, long cost) {}

    /** An instruction at {@code pos} that needs a dynamic charge of {@code perUnit} × its count operand. */
    record DynamicCharge(int pos, long perUnit) {}

    record Result(List<Block> blocks, List<DynamicCharge> dynamicCharges) {}

    private static final class MeteredBlock {
        final int startPos;
        long cost;

        MeteredBlock(int startPos) {
            this.startPos = startPos;
        }
    }

    private static final class ControlBlock {
        int lowestForwardBrTarget;
        MeteredBlock active;
        final boolean isLoop;

        ControlBlock(int index, int startPos, boolean isLoop) {
            this.lowestForwardBrTarget = index;
            this.active = new MeteredBlock(startPos);
            this.isLoop = isLoop;
        }
    }

    private final List<ControlBlock> stack = new ArrayList<>();
    private final List<Block> finalized = new ArrayList<>();

    private MeteredBlocks() {}

    /**
     * Computes the metered blocks of {@code body} (including its final {@code end}). Throws
     * {@link WasmFormatException} when upstream's {@code inject} would fail for this body.
     */
    static Result compute(List<Instr> body, CostRules rules, InstrumentVersion version) {
        MeteredBlocks c = new MeteredBlocks();
        List<DynamicCharge> dynamic = new ArrayList<>();
        c.begin(0, false);
        // 0.4.0 folds a linear charge statically when the instruction right before it is an i32.const.
        Integer lastConst = null;
        for (int cursor = 0; cursor < body.size(); cursor++) {
            Instr instr = body.get(cursor);
            InstructionCost ic = rules.cost(instr);
            long cost;
            if (!ic.isLinear()) {
                cost = ic.base();
            } else {
                if (version == InstrumentVersion.V0_2_0) {
                    throw new IllegalStateException("fvm-wasm-instrument 0.2.0 has no linear costs");
                }
                if (ic.perUnit() >= 0x8000_0000L) {
                    throw fail("cost per unit exceeds the 0x80000000 limit for " + instr.op.text);
                }
                if (lastConst != null) {
                    if (lastConst < 0) {
                        throw fail("linearly priced instruction " + instr.op.text + " with negative constant operand "
                                + lastConst + " at instruction " + cursor);
                    }
                    cost = addExact(ic.base(), lastConst * ic.perUnit());
                } else {
                    if (!countOnStackTopIsI32(instr.op)) {
                        throw fail("linearly priced " + instr.op.text + " is not supported (its count is not an i32)");
                    }
                    dynamic.add(new DynamicCharge(cursor, ic.perUnit()));
                    cost = addExact(addExact(ic.base(), rules.gasChargeCost()), rules.linearCalcCost());
                }
            }
            switch (instr.op) {
                case BLOCK -> {
                    c.increment(cost);
                    c.begin(c.top().active.startPos, false);
                }
                case IF -> {
                    c.increment(cost);
                    c.begin(cursor + 1, false);
                }
                case LOOP -> {
                    c.increment(cost);
                    c.begin(cursor + 1, true);
                }
                case END -> c.finalizeControlBlock(cursor);
                case ELSE -> c.finalizeMeteredBlock(cursor);
                case BR, BR_IF -> {
                    c.increment(cost);
                    c.branch(cursor, new int[] {c.targetIndex(instr.depth())});
                }
                case BR_TABLE -> {
                    c.increment(cost);
                    int n = instr.targetCount();
                    // 0.2.0 counts the default label as a branch target; 0.4.0 builds its target list from an empty
                    // vector chained with the listed labels only, so the default is ignored (a consensus quirk).
                    boolean withDefault = version == InstrumentVersion.V0_2_0;
                    int[] targets = new int[n + (withDefault ? 1 : 0)];
                    int k = 0;
                    if (withDefault) {
                        targets[k++] = c.targetIndex(instr.depth());
                    }
                    for (int i = 0; i < n; i++) {
                        targets[k++] = c.targetIndex(instr.target(i));
                    }
                    c.branch(cursor, targets);
                }
                case RETURN -> {
                    c.increment(cost);
                    c.branch(cursor, new int[] {0});
                }
                case I32_CONST -> {
                    c.increment(cost);
                    lastConst = instr.i32();
                    continue;
                }
                default -> c.increment(cost);
            }
            lastConst = null;
        }
        List<Block> blocks = new ArrayList<>(c.finalized);
        blocks.sort(Comparator.comparingInt(Block::startPos));
        return new Result(blocks, dynamic);
    }

    /** The operators 0.4.0 accepts as linearly priced: all take their count as an i32 on top of the stack. */
    private static boolean countOnStackTopIsI32(Op op) {
        return switch (op) {
            case MEMORY_GROW, TABLE_GROW, MEMORY_INIT, MEMORY_COPY, MEMORY_FILL, TABLE_INIT, TABLE_COPY, TABLE_FILL ->
                    true;
            default -> false;
        };
    }

    private ControlBlock top() {
        if (stack.isEmpty()) {
            throw fail("instruction after the function's final end");
        }
        return stack.get(stack.size() - 1);
    }

    private void begin(int startPos, boolean isLoop) {
        stack.add(new ControlBlock(stack.size(), startPos, isLoop));
    }

    private int targetIndex(int label) {
        int active = stack.size() - 1;
        if (label < 0 || label > active) {
            throw fail("branch label " + label + " leaves the function");
        }
        return active - label;
    }

    private void increment(long cost) {
        MeteredBlock b = top().active;
        b.cost = addExact(b.cost, cost);
    }

    private void finalizeControlBlock(int cursor) {
        finalizeMeteredBlock(cursor);
        ControlBlock closing = stack.remove(stack.size() - 1);
        int closingIndex = stack.size();
        if (stack.isEmpty()) {
            return;
        }
        ControlBlock parent = top();
        parent.lowestForwardBrTarget = Math.min(parent.lowestForwardBrTarget, closing.lowestForwardBrTarget);
        boolean mayBranchOut = closing.lowestForwardBrTarget < closingIndex;
        if (mayBranchOut) {
            // Code after this end is not reached on every path through the parent's metered block.
            finalizeMeteredBlock(cursor);
        }
    }

    private void finalizeMeteredBlock(int cursor) {
        ControlBlock cb = top();
        MeteredBlock closing = cb.active;
        cb.active = new MeteredBlock(cursor + 1);
        int last = stack.size() - 1;
        if (last > 0) {
            MeteredBlock prev = stack.get(last - 1).active;
            if (closing.startPos == prev.startPos) {
                prev.cost = addExact(prev.cost, closing.cost);
                return;
            }
        }
        if (closing.cost != 0) { // costs are u64
            finalized.add(new Block(closing.startPos, closing.cost));
        }
    }

    private void branch(int cursor, int[] targetIndices) {
        finalizeMeteredBlock(cursor);
        for (int index : targetIndices) {
            if (stack.get(index).isLoop) {
                continue;
            }
            ControlBlock cb = top();
            cb.lowestForwardBrTarget = Math.min(cb.lowestForwardBrTarget, index);
        }
    }

    /** Upstream costs are u64 with checked addition; an overflow fails instrumentation. */
    private static long addExact(long a, long b) {
        long r = a + b;
        if (Long.compareUnsigned(r, a) < 0) {
            throw fail("block cost overflows u64");
        }
        return r;
    }

    static WasmFormatException fail(String message) {
        return new WasmFormatException(WasmFormatException.Kind.UNSUPPORTED, "gas metering: " + message);
    }
}
