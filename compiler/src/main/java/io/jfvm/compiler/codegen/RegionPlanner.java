package io.jfvm.compiler.codegen;

import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the regions of a function to outline so that every JVM method stays under HotSpot's 8,000-byte
 * {@code HugeMethodLimit} (methods above it are never JIT-compiled) and far under the class file's 64 KB.
 *
 * <p>It estimates the bytecode size of every instruction, then works bottom-up over the block tree: a block body
 * whose (already reduced) size exceeds the target is cut into regions between its items (instructions and
 * nested blocks). A region is balanced, never consumes operand-stack values from before its start, and hands
 * the values it leaves back to its caller, which is what {@link FunctionCompiler} requires of it.
 */
final class RegionPlanner {
    /** Regions are packed up to about this estimated size by default. */
    static final int DEFAULT_TARGET = 4000;
    /** Outlining less than this costs more than it saves (unless a tiny budget asks for it). */
    private static final int MIN_REGION = 300;

    private final Module module;
    private final FuncType[] functionTypes;
    private final Function function;
    private final List<Instr> body;
    private final int total;
    private int target;
    private int minRegion;
    private final int[] height;
    private final int[] end;
    private final int[] elseAt;
    private final int[] cost;
    /** Values each instruction takes from the stack, counting those a branch carries to its target. */
    private final int[] pops;
    private Map<Integer, List<Region>> regions;
    private int maxBlockArity;
    private int maxTransfer;

    /** Analyses {@code function}; {@code functionTypes} holds the type of every function index. */
    RegionPlanner(Module module, FuncType[] functionTypes, Function function) {
        this.module = module;
        this.functionTypes = functionTypes;
        this.function = function;
        this.body = function.body();
        int n = body.size();
        this.height = new int[n + 1];
        this.end = new int[n];
        this.elseAt = new int[n];
        this.cost = new int[n];
        this.pops = new int[n];
        analyze();
        int sum = 0;
        for (int c : cost) {
            sum += c;
        }
        this.total = sum;
    }

    /**
     * Plans the regions of the function if it is estimated above {@code budget} bytes, with regions of about
     * {@code target} bytes; a smaller target splits more finely.
     */
    RegionPlan plan(int budget, int target) {
        if (total <= budget) {
            return RegionPlan.NONE;
        }
        this.target = target;
        this.minRegion = Math.min(MIN_REGION, target);
        this.regions = new TreeMap<>();
        this.maxTransfer = maxBlockArity;
        reduce(0, body.size() - 1, 0);
        return regions.isEmpty() ? RegionPlan.NONE : new RegionPlan(regions, maxTransfer);
    }

    /** Estimated bytecode size of the whole function. */
    int estimate() {
        return total;
    }

    // ------------------------------------------------------------------ analysis

    /** Operand stack height before each instruction (-1 where unreachable), block extents and sizes. */
    private void analyze() {
        List<Integer> openBlocks = new ArrayList<>();
        List<Integer> baseHeights = new ArrayList<>();
        List<FuncType> signatures = new ArrayList<>();
        FuncType fnType = module.types().get(function.typeIndex());
        int h = 0;
        boolean reachable = true;
        openBlocks.add(-1);
        baseHeights.add(0);
        signatures.add(fnType);
        for (int pc = 0; pc < body.size(); pc++) {
            Instr in = body.get(pc);
            height[pc] = reachable ? h : -1;
            cost[pc] = cost(in);
            elseAt[pc] = -1;
            pops[pc] = pops(in, signatures, openBlocks);
            switch (in.op) {
                case BLOCK, LOOP, IF -> {
                    FuncType sig = BlockType.signature(in.blockType(), module.types());
                    if (in.op == Op.IF) {
                        h--;
                    }
                    openBlocks.add(pc);
                    baseHeights.add(h - sig.params().size());
                    signatures.add(sig);
                    maxBlockArity = Math.max(maxBlockArity, Math.max(sig.params().size(), sig.results().size()));
                }
                case ELSE -> {
                    int open = openBlocks.get(openBlocks.size() - 1);
                    elseAt[open] = pc;
                    h = baseHeights.get(baseHeights.size() - 1) + signatures.get(signatures.size() - 1).params().size();
                    reachable = true;
                }
                case END -> {
                    int open = openBlocks.remove(openBlocks.size() - 1);
                    int base = baseHeights.remove(baseHeights.size() - 1);
                    FuncType sig = signatures.remove(signatures.size() - 1);
                    if (open >= 0) {
                        end[open] = pc;
                    }
                    h = base + sig.results().size();
                    reachable = true; // conservatively: a branch may target it
                }
                case BR, BR_TABLE, RETURN, UNREACHABLE -> reachable = false;
                default -> h += stackEffect(in);
            }
        }
        maxBlockArity = Math.max(maxBlockArity, fnType.results().size());
        height[body.size()] = -1;
    }

    private int pops(Instr in, List<FuncType> signatures, List<Integer> openBlocks) {
        Op op = in.op;
        if (op.hasFixedSignature()) {
            return op.pops().size();
        }
        return switch (op) {
            case BLOCK, LOOP -> BlockType.signature(in.blockType(), module.types()).params().size();
            case IF -> 1 + BlockType.signature(in.blockType(), module.types()).params().size();
            case BR -> carried(in.depth(), signatures, openBlocks);
            case BR_IF -> 1 + carried(in.depth(), signatures, openBlocks);
            case BR_TABLE -> 1 + carried(in.depth(), signatures, openBlocks);
            case RETURN -> signatures.get(0).results().size();
            case LOCAL_GET, GLOBAL_GET, REF_NULL, REF_FUNC, UNREACHABLE, NOP, ELSE, END -> 0;
            case DROP, LOCAL_SET, LOCAL_TEE, GLOBAL_SET, REF_IS_NULL, TABLE_GET -> 1;
            case TABLE_GROW, TABLE_SET -> 2;
            case SELECT, SELECT_T, TABLE_FILL -> 3;
            case CALL -> functionTypes[in.index()].params().size();
            case CALL_INDIRECT -> 1 + module.types().get(in.index()).params().size();
            default -> throw new IllegalStateException("no pop count for " + op.text);
        };
    }

    /** How many values a branch to the label {@code depth} levels out carries. */
    private int carried(int depth, List<FuncType> signatures, List<Integer> openBlocks) {
        int i = signatures.size() - 1 - depth;
        int open = openBlocks.get(i);
        FuncType sig = signatures.get(i);
        boolean loop = open >= 0 && body.get(open).op == Op.LOOP;
        return loop ? sig.params().size() : sig.results().size();
    }

    private int stackEffect(Instr in) {
        Op op = in.op;
        if (op.hasFixedSignature()) {
            return op.pushes().size() - op.pops().size();
        }
        return switch (op) {
            case BR_IF, DROP, LOCAL_SET, GLOBAL_SET, TABLE_GROW -> -1;
            case SELECT, SELECT_T, TABLE_SET -> -2;
            case TABLE_FILL -> -3;
            case LOCAL_GET, GLOBAL_GET, REF_NULL, REF_FUNC -> 1;
            case LOCAL_TEE, REF_IS_NULL, TABLE_GET -> 0;
            case CALL -> {
                FuncType t = functionTypes[in.index()];
                yield t.results().size() - t.params().size();
            }
            case CALL_INDIRECT -> {
                FuncType t = module.types().get(in.index());
                yield t.results().size() - t.params().size() - 1;
            }
            default -> throw new IllegalStateException("no stack effect for " + op.text);
        };
    }

    /** A deliberately generous estimate of the JVM bytecode an instruction becomes. */
    private int cost(Instr in) {
        return switch (in.op) {
            case BLOCK, LOOP, END, NOP -> 0;
            case DROP -> 1;
            case LOCAL_GET, LOCAL_SET -> in.index() > 120 ? 4 : 2;
            case LOCAL_TEE -> in.index() > 120 ? 5 : 3;
            case I32_CONST, I64_CONST, F32_CONST, F64_CONST, IF, ELSE, RETURN -> 3;
            case UNREACHABLE -> 4;
            case GLOBAL_GET, CALL_INDIRECT -> 6;
            case GLOBAL_SET -> 8;
            case CALL -> module.functionIntrinsics().containsKey(in.index()) ? 30
                    : 6 + 12 * Math.max(0, functionTypes[in.index()].results().size() - 1);
            case BR -> 10;
            case BR_IF -> 14;
            case BR_TABLE -> 24 + 4 * Math.min(in.targetCount(), 300) + 14 * distinctTargets(in);
            case SELECT, SELECT_T -> 10;
            default -> in.op.immediate == Op.Immediate.MEMARG ? 12 : 10;
        };
    }

    private static int distinctTargets(Instr in) {
        BitSet seen = new BitSet();
        seen.set(in.depth());
        for (int i = 0; i < in.targetCount(); i++) {
            seen.set(in.target(i));
        }
        return seen.cardinality();
    }

    // ------------------------------------------------------------------ outlining

    /**
     * Reduces the body [from, to) of a block whose operand stack base is {@code base}: nested blocks first,
     * then this body if it is still larger than the target. Returns the body's size after outlining.
     */
    private int reduce(int from, int to, int base) {
        List<int[]> items = new ArrayList<>(); // {start, endExclusive, size}
        for (int pc = from; pc < to; pc++) {
            Instr in = body.get(pc);
            int size;
            int next;
            switch (in.op) {
                case BLOCK, LOOP -> {
                    FuncType sig = BlockType.signature(in.blockType(), module.types());
                    int inner = height[pc] < 0 ? -1 : height[pc] - sig.params().size();
                    size = cost[pc] + reduce(pc + 1, end[pc], inner);
                    next = end[pc] + 1;
                }
                case IF -> {
                    FuncType sig = BlockType.signature(in.blockType(), module.types());
                    int inner = height[pc] < 0 ? -1 : height[pc] - 1 - sig.params().size();
                    int e = elseAt[pc];
                    size = cost[pc];
                    if (e >= 0) {
                        size += reduce(pc + 1, e, inner) + cost[e] + reduce(e + 1, end[pc], inner);
                    } else {
                        size += reduce(pc + 1, end[pc], inner);
                    }
                    next = end[pc] + 1;
                }
                default -> {
                    size = cost[pc];
                    next = pc + 1;
                }
            }
            items.add(new int[] {pc, next, size});
            pc = next - 1;
        }
        int total = 0;
        for (int[] item : items) {
            total += item[2];
        }
        if (total <= target || base < 0) {
            return total;
        }
        return total - pack(items, 0, items.size());
    }

    /**
     * Outlines parts of the items [from, to) of one block body; returns the bytes saved. A region may only
     * start where the stack is at the lowest level any item of the range reaches, so that it never consumes
     * values from before its start; those boundaries cut the range into segments. Consecutive segments are
     * packed into regions of about the target size; a segment too large on its own is split as a chain of
     * prefixes.
     */
    private int pack(List<int[]> items, int from, int to) {
        if (to <= from) {
            return 0;
        }
        int level = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            level = Math.min(level, lowest(items, k));
        }
        if (level < 0) {
            return 0; // unreachable code: nothing to gain
        }
        List<Integer> cuts = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            if (boundaryHeight(items, k) == level) {
                cuts.add(k);
            }
        }
        if (cuts.isEmpty()) {
            return 0; // a block body entered with parameters that it never consumes down to its base
        }
        // Items before the first cut (a block's parameters still on the stack) stay inline.
        from = cuts.get(0);
        if (cuts.get(cuts.size() - 1) != to) {
            cuts.add(to);
        }
        int saved = 0;
        int runStart = from;
        int runSize = 0;
        for (int c = 0; c + 1 < cuts.size(); c++) {
            int segStart = cuts.get(c);
            int segEnd = cuts.get(c + 1);
            int segSize = size(items, segStart, segEnd);
            if (segSize > target) {
                saved += close(items, runStart, segStart, runSize, level);
                saved += prefixChain(items, segStart, segEnd, level);
                runStart = segEnd;
                runSize = 0;
            } else if (runSize + segSize > target) {
                saved += close(items, runStart, segStart, runSize, level);
                runStart = segStart;
                runSize = segSize;
            } else {
                runSize += segSize;
            }
        }
        saved += close(items, runStart, to, runSize, level);
        return saved;
    }

    /**
     * Splits one segment too large for a region: a long expression whose stack never returns to the level it
     * started at. Any prefix of it is a valid region (it leaves its pending values as results), so it outlines
     * ever longer prefixes, each region calling the previous one and adding about the target's worth of code.
     */
    private int prefixChain(List<int[]> items, int start, int end, int level) {
        int saved = 0;
        int size = 0;
        for (int k = start; k < end; k++) {
            size += items.get(k)[2];
            if (size >= target && k + 1 < end) {
                int s = close(items, start, k + 1, size, level);
                saved += s;
                size -= s;
            }
        }
        return saved;
    }

    /** The lowest stack height item {@code k} reaches: its start height less the values it takes. */
    private int lowest(List<int[]> items, int k) {
        int start = items.get(k)[0];
        return height[start] < 0 ? -1 : height[start] - pops[start];
    }

    /** The stack height at the boundary before item {@code k} (or after the last item). */
    private int boundaryHeight(List<int[]> items, int k) {
        return k == items.size() ? height[items.get(k - 1)[1]] : height[items.get(k)[0]];
    }

    private static int size(List<int[]> items, int from, int to) {
        int size = 0;
        for (int k = from; k < to; k++) {
            size += items.get(k)[2];
        }
        return size;
    }

    /** Outlines items [first, last) if worth it; returns the bytes saved in the enclosing body. */
    private int close(List<int[]> items, int first, int last, int size, int startHeight) {
        if (size < minRegion || last <= first) {
            return 0;
        }
        int start = items.get(first)[0];
        int stop = items.get(last - 1)[1];
        BitSet used = new BitSet();
        BitSet written = new BitSet();
        for (int pc = start; pc < stop; pc++) {
            Instr in = body.get(pc);
            switch (in.op) {
                case LOCAL_GET -> used.set(in.index());
                case LOCAL_SET, LOCAL_TEE -> {
                    used.set(in.index());
                    written.set(in.index());
                }
                default -> { }
            }
        }
        int callCost = 40 + 9 * used.cardinality() + 9 * written.cardinality();
        if (callCost >= size) {
            return 0; // the call would be bigger than the code it replaces
        }
        // Regions nested inside this one are already planned; they stay, and run inside this region's method.
        regions.computeIfAbsent(start, k -> new ArrayList<>()).add(new Region(start, stop, used));
        maxTransfer = Math.max(maxTransfer, height[stop] - startHeight);
        return size - callCost;
    }
}
