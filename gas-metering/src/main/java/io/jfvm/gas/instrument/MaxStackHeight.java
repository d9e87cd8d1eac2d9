package io.jfvm.gas.instrument;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * fvm-wasm-instrument's {@code max_height::compute}: the maximum operand-stack height of a function, found by an
 * abstract interpretation that counts values (not types) and ignores unreachable code, plus an activation-frame
 * cost of 2.
 *
 * <p>Its quirks are part of consensus (they set the stack cost and so where the limit traps) and are reproduced:
 * a block's arity is 0 for the empty block type and 1 for anything else (a type index included, whatever its
 * results); {@code else} does nothing (the else branch starts from the height the then branch reached); a pop at
 * the frame's start height is ignored only in unreachable code and fails otherwise; the height is sampled before
 * each instruction.
 */
final class MaxStackHeight {
    static final int ACTIVATION_FRAME_COST = 2;

    private record Frame(boolean polymorphic, long endArity, long branchArity, long startHeight) {
        Frame unreachable() {
            return new Frame(true, endArity, branchArity, startHeight);
        }
    }

    private final List<Frame> frames = new ArrayList<>();
    private long height = ACTIVATION_FRAME_COST;

    private MaxStackHeight() {}

    /** The maximum height of defined function {@code definedIndex} of {@code m}. */
    static long compute(Module m, int definedIndex) {
        Function f = m.functions().get(definedIndex);
        FuncType sig = m.types().get(f.typeIndex());
        MaxStackHeight s = new MaxStackHeight();
        long arity = sig.results().size();
        s.frames.add(new Frame(false, arity, arity, 0));
        long max = 0;
        for (Instr i : f.body()) {
            if (s.height > max && !s.frame(0).polymorphic()) {
                max = s.height;
            }
            s.step(m, i, arity);
        }
        return max;
    }

    private void step(Module m, Instr i, long funcArity) {
        switch (i.op) {
            case NOP, ELSE, ELEM_DROP, DATA_DROP -> { }
            case BLOCK, LOOP, IF -> {
                long end = i.blockType() == BlockType.EMPTY ? 0 : 1;
                long branch = i.op == Op.LOOP ? 0 : end;
                if (i.op == Op.IF) {
                    pop(1);
                }
                frames.add(new Frame(false, end, branch, height));
            }
            case END -> {
                if (frames.isEmpty()) {
                    throw fail("end without a block");
                }
                Frame f = frames.remove(frames.size() - 1);
                height = f.startHeight();
                push(f.endArity());
            }
            case UNREACHABLE -> markUnreachable();
            case BR -> {
                pop(frame(i.depth()).branchArity());
                markUnreachable();
            }
            case BR_IF -> {
                long a = frame(i.depth()).branchArity();
                pop(a);
                pop(1);
                push(a);
            }
            case BR_TABLE -> {
                long a = frame(i.depth()).branchArity();
                for (int k = 0; k < i.targetCount(); k++) {
                    if (frame(i.target(k)).branchArity() != a) {
                        throw fail("arity of all jump-targets must be equal");
                    }
                }
                pop(a);
                markUnreachable();
            }
            case RETURN -> {
                pop(funcArity);
                markUnreachable();
            }
            case CALL -> {
                if (i.index() >= m.functionCount()) {
                    throw fail("call of unknown function " + i.index());
                }
                FuncType t = m.functionType(i.index());
                pop(t.params().size());
                push(t.results().size());
            }
            case CALL_INDIRECT -> {
                if (i.index() >= m.types().size()) {
                    throw fail("type not found: " + i.index());
                }
                FuncType t = m.types().get(i.index());
                pop(1);
                pop(t.params().size());
                push(t.results().size());
            }
            case DROP, LOCAL_SET, GLOBAL_SET -> pop(1);
            case SELECT -> {
                pop(2);
                pop(1);
                push(1);
            }
            case LOCAL_GET, GLOBAL_GET, MEMORY_SIZE, TABLE_SIZE, I32_CONST, I64_CONST, F32_CONST, F64_CONST -> push(1);
            case LOCAL_TEE, MEMORY_GROW, TABLE_GET -> {
                pop(1);
                push(1);
            }
            case TABLE_SET -> pop(2);
            case MEMORY_INIT, MEMORY_COPY, MEMORY_FILL, TABLE_INIT, TABLE_COPY, TABLE_FILL -> pop(3);
            case TABLE_GROW -> {
                pop(2);
                push(1);
            }
            case SELECT_T, REF_NULL, REF_IS_NULL, REF_FUNC ->
                    // Upstream reports these with the (misleading) message it uses for exceptions.
                    throw fail(i.op.text + " is not supported");
            default -> {
                // Loads, stores and numeric instructions: their fixed signatures give the counts.
                if (!i.op.hasFixedSignature()) {
                    throw new IllegalStateException("no stack effect known for " + i.op.text);
                }
                pop(i.op.pops().size());
                push(i.op.pushes().size());
            }
        }
    }

    private Frame frame(int depth) {
        int idx = frames.size() - 1 - depth;
        if (frames.isEmpty() || depth < 0 || idx < 0) {
            throw fail("control stack out-of-bounds");
        }
        return frames.get(idx);
    }

    private void markUnreachable() {
        int last = frames.size() - 1;
        if (last < 0) {
            throw fail("stack must be non-empty");
        }
        frames.set(last, frames.get(last).unreachable());
    }

    private void push(long n) {
        height += n;
        if (height > 0xFFFF_FFFFL) {
            throw fail("stack overflow");
        }
    }

    /**
     * Pops {@code n} values as upstream's {@code pop_values}: a pop when the height equals the frame's start is a
     * no-op in unreachable code and an error otherwise; any other pop just subtracts (and fails below zero).
     */
    private void pop(long n) {
        if (n == 0) {
            return;
        }
        Frame top = frame(0);
        if (height == top.startHeight()) {
            if (top.polymorphic()) {
                return;
            }
            throw fail("trying to pop more values than pushed");
        }
        if (height < n) {
            throw fail("stack underflow");
        }
        height -= n;
    }

    private static WasmFormatException fail(String message) {
        return new WasmFormatException(WasmFormatException.Kind.UNSUPPORTED, "stack limiter: " + message);
    }
}
