package io.jfvm.gas.fuzz;

import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Rewrites every {@code loop} typed by a function type with no parameters and several results into an untyped
 * loop inside a block of that type, which carries the results out:
 *
 * <pre>
 * loop (type t) BODY end   ==>   block (type t) loop BODY' br 1 end unreachable end
 * </pre>
 * where {@code BODY'} is {@code BODY} with every branch that leaves the loop one level deeper. Branches to the
 * loop carry nothing either way (a loop's label takes its parameters), so the rewritten module computes the same.
 * It works around a Chicory bug ({@link ChicoryDeviations}).
 */
final class MultiValueLoops {
    private MultiValueLoops() {}

    /** Rewrites {@code m} in place; whether it had such a loop. */
    static boolean rewrite(Module m) {
        boolean changed = false;
        for (Function f : m.functions()) {
            List<Instr> body = rewrite(f.body(), m.types());
            if (body != null) {
                f.setBody(body);
                changed = true;
            }
        }
        return changed;
    }

    /** The rewritten body, or null when it has no such loop. */
    private static List<Instr> rewrite(List<Instr> body, List<FuncType> types) {
        List<Instr> out = new ArrayList<>(body.size());
        // Per open construct, innermost first: whether it is a rewritten loop (with a block around it).
        Deque<Boolean> wrapped = new ArrayDeque<>();
        wrapped.push(false); // the function body
        boolean changed = false;
        for (Instr i : body) {
            switch (i.op) {
                case BLOCK, IF -> {
                    wrapped.push(false);
                    out.add(i);
                }
                case LOOP -> {
                    boolean wrap = isMultiResult(i.blockType(), types);
                    wrapped.push(wrap);
                    if (wrap) {
                        out.add(Instr.block(Op.BLOCK, i.blockType()));
                        out.add(Instr.block(Op.LOOP, BlockType.EMPTY));
                        changed = true;
                    } else {
                        out.add(i);
                    }
                }
                case END -> {
                    if (wrapped.pop()) {
                        out.addAll(List.of(Instr.branch(Op.BR, 1), Instr.of(Op.END), Instr.of(Op.UNREACHABLE),
                                Instr.of(Op.END)));
                    } else {
                        out.add(i);
                    }
                }
                case BR, BR_IF -> out.add(Instr.branch(i.op, depth(i.depth(), wrapped)));
                case BR_TABLE -> {
                    int[] targets = new int[i.targetCount()];
                    for (int t = 0; t < targets.length; t++) {
                        targets[t] = depth(i.target(t), wrapped);
                    }
                    out.add(Instr.brTable(targets, depth(i.depth(), wrapped)));
                }
                default -> out.add(i);
            }
        }
        return changed ? out : null;
    }

    private static boolean isMultiResult(int blockType, List<FuncType> types) {
        return blockType >= 0 && types.get(blockType).params().isEmpty() && types.get(blockType).results().size() > 1;
    }

    /** A branch depth after the rewrite: one more for every rewritten loop the branch leaves. */
    private static int depth(int depth, Deque<Boolean> wrapped) {
        int added = 0;
        Iterator<Boolean> inner = wrapped.iterator();
        for (int k = 0; k < depth; k++) {
            if (inner.next()) {
                added++;
            }
        }
        return depth + added;
    }
}
