package io.jfvm.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import io.jfvm.compiler.intrinsics.FunctionIntrinsic;
import io.jfvm.compiler.intrinsics.IntrinsicEmitter;
import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.TrapKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles one wasm function to JVM bytecode: the static method {@code f<index>}, plus one static method per
 * region that the {@link RegionPlanner} outlined to keep methods small.
 *
 * <p>The wasm operand stack is the JVM operand stack and wasm locals are JVM locals. Structured control flow
 * becomes labels and jumps; a branch that leaves values beneath its results first shuffles them away, since
 * the JVM requires equal stack shapes where control flow merges. Code that validation proves unreachable is
 * not emitted.
 *
 * <p>An outlined region is a method {@code (long[] L, Object[] R, instance) -> int}. Wasm locals cross the
 * boundary through the arrays {@code L} (numbers, as raw bits) and {@code R} (references), indexed by local
 * index; slots past the locals carry the values of a branch that leaves the region. The region returns -1
 * when it falls through, or the number of the exit it took, and its caller completes that branch.
 */
final class FunctionCompiler {
    private static final String OPS = "io/jfvm/compiler/rt/Ops";
    private static final String MEMORY_ACCESS = "io/jfvm/compiler/rt/MemoryAccess";
    private static final String TABLE_OPS = "io/jfvm/compiler/rt/TableOps";
    private static final String MEMORY = "io/jfvm/compiler/rt/Memory";
    private static final String MEMORY_DESC = "Lio/jfvm/compiler/rt/Memory;";
    private static final String TRAP = "io/jfvm/compiler/rt/Trap";
    private static final String CELL = "io/jfvm/compiler/rt/GlobalCell";
    private static final String INSTANCE_DESC = "Lio/jfvm/compiler/rt/ModuleInstance;";
    private static final String REGION_DESC_SUFFIX = "([J[Ljava/lang/Object;";
    /** br_tables longer than this dispatch through a lookup table instead of one tableswitch entry per label. */
    private static final int BR_TABLE_INLINE_LIMIT = 256;
    private static final int BR_TABLE_CHUNK = 16_000;

    private final ModuleContext mc;
    private final int funcIndex;
    private final FuncType type;
    private final ValType[] localTypes;
    private final List<Instr> body;
    private final RegionPlan plan;
    private final ClassVisitor cv;
    private final String owner;
    private final int transferBase;
    private int regionCount;

    FunctionCompiler(ModuleContext mc, int funcIndex, Function function, RegionPlan plan, ClassVisitor cv) {
        this.mc = mc;
        this.funcIndex = funcIndex;
        this.type = mc.module.types().get(function.typeIndex());
        List<ValType> locals = new ArrayList<>(type.params());
        locals.addAll(function.locals());
        this.localTypes = locals.toArray(ValType[]::new);
        this.body = function.body();
        this.plan = plan;
        this.cv = cv;
        this.owner = mc.functionOwner(funcIndex);
        this.transferBase = localTypes.length;
    }

    void compile() {
        MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, "f" + funcIndex, mc.functionDescriptor(funcIndex),
                null, null);
        mv.visitCode();
        MethodEmitter e = new MethodEmitter(mv, null);
        e.emitFunctionBody();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A label of the wasm control stack, as seen from the method being emitted. */
    private static final class Frame {
        final Op kind; // BLOCK, LOOP, IF, or null for the function itself
        final FuncType signature;
        final int height; // operand stack height below the block's parameters
        final boolean external; // outside the method being emitted: branching to it exits the method
        final Label label = new Label(); // loop: its start; otherwise its end
        Label elseLabel;
        boolean targeted;
        boolean hasElse;
        boolean deadEntry; // the block itself is in unreachable code

        Frame(Op kind, FuncType signature, int height, boolean external) {
            this.kind = kind;
            this.signature = signature;
            this.height = height;
            this.external = external;
        }

        List<ValType> branchTypes() {
            return kind == Op.LOOP ? signature.params() : signature.results();
        }
    }

    /**
     * What the caller of a region needs to know: the exits taken (each an index into its control stack), whether
     * and with which result values the region falls through, and the locals it wrote.
     */
    private record RegionResult(List<Integer> exits, boolean fallsThrough, List<ValType> results, BitSet written) {}

    /** Emits one JVM method: the function itself or an outlined region of it. */
    private final class MethodEmitter implements IntrinsicEmitter {
        private final MethodVisitor mv;
        private final List<ValType> stack = new ArrayList<>();
        private final List<Frame> control = new ArrayList<>();
        private final int[] localSlot;
        private final int selfSlot;
        private int nextSlot;
        private boolean unreachable;
        private int deadDepth;
        // Set when the function has outlined regions: slots of the L and R arrays.
        private int arraysSlot = -1;
        // For a region: the exits taken, in exit-number order, and the locals written.
        private final Region region;
        private final Map<Integer, Integer> exitNumbers = new LinkedHashMap<>();
        private final BitSet written = new BitSet();
        /** In a region: the shared epilogue, entered with the exit number on the stack. */
        private final Label epilogue = new Label();

        MethodEmitter(MethodVisitor mv, Region region) {
            this.mv = mv;
            this.region = region;
            this.localSlot = new int[localTypes.length];
            if (region == null) {
                int slot = 0;
                for (int i = 0; i < type.params().size(); i++) {
                    localSlot[i] = slot;
                    slot += localTypes[i].jvmSlots();
                }
                selfSlot = slot++;
                for (int i = type.params().size(); i < localTypes.length; i++) {
                    localSlot[i] = slot;
                    slot += localTypes[i].jvmSlots();
                }
                if (plan.hasRegions()) {
                    arraysSlot = slot;
                    slot += 2;
                }
                nextSlot = slot;
            } else {
                arraysSlot = 0;
                selfSlot = 2;
                int slot = 3;
                for (int i = 0; i < localTypes.length; i++) {
                    if (region.usedLocals.get(i)) {
                        localSlot[i] = slot;
                        slot += localTypes[i].jvmSlots();
                    } else {
                        localSlot[i] = -1;
                    }
                }
                nextSlot = slot;
            }
        }

        // ---------------------------------------------------------------- entry points

        void emitFunctionBody() {
            for (int i = type.params().size(); i < localTypes.length; i++) {
                zero(localTypes[i]);
                store(localTypes[i], localSlot[i]);
            }
            if (arraysSlot >= 0) {
                int size = localTypes.length + plan.maxTransfer();
                push(size);
                mv.visitIntInsn(NEWARRAY, T_LONG);
                mv.visitVarInsn(ASTORE, arraysSlot);
                push(size);
                mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
                mv.visitVarInsn(ASTORE, arraysSlot + 1);
            }
            control.add(new Frame(null, type, 0, false));
            emitRange(0, body.size());
        }

        RegionResult emitRegion(List<Frame> outer) {
            for (Frame f : outer) {
                Frame copy = new Frame(f.kind, f.signature, 0, true);
                control.add(copy);
            }
            for (int i = region.usedLocals.nextSetBit(0); i >= 0; i = region.usedLocals.nextSetBit(i + 1)) {
                loadFromArrays(localTypes[i], i);
                store(localTypes[i], localSlot[i]);
            }
            emitRange(region.start, region.end);
            boolean fallsThrough = !unreachable;
            List<ValType> results = new ArrayList<>(stack);
            if (fallsThrough) {
                storeTransfer(results);
                push(-1);
                mv.visitJumpInsn(GOTO, epilogue);
            }
            // Every way out writes back the locals this region wrote, then returns the exit number.
            mv.visitLabel(epilogue);
            int code = scratch(ValType.I32);
            mv.visitVarInsn(ISTORE, code);
            writeBackLocals();
            mv.visitVarInsn(ILOAD, code);
            mv.visitInsn(IRETURN);
            return new RegionResult(new ArrayList<>(exitNumbers.keySet()), fallsThrough, results, written);
        }

        private void emitRange(int from, int to) {
            int methodStart = region == null ? 0 : region.start;
            int methodEnd = region == null ? body.size() : region.end;
            for (int pc = from; pc < to; pc++) {
                Region r = plan.regionAt(pc, methodStart, methodEnd);
                if (r != null) {
                    if (!unreachable) {
                        callRegion(r);
                    }
                    pc = r.end - 1;
                    continue;
                }
                Instr in = body.get(pc);
                if (unreachable) {
                    skip(in);
                } else {
                    int mark = nextSlot;
                    emit(in);
                    nextSlot = mark;
                }
            }
        }

        /** Follows block structure through code that is not emitted, until it becomes reachable again. */
        private void skip(Instr in) {
            switch (in.op) {
                case BLOCK, LOOP, IF -> deadDepth++;
                case ELSE -> {
                    if (deadDepth == 0) {
                        emit(in);
                    }
                }
                case END -> {
                    if (deadDepth > 0) {
                        deadDepth--;
                    } else {
                        emit(in);
                    }
                }
                default -> { }
            }
        }

        // ---------------------------------------------------------------- instructions

        private void emit(Instr in) {
            Op op = in.op;
            switch (op) {
                case UNREACHABLE -> {
                    trap(TrapKind.UNREACHABLE);
                    unreachable = true;
                }
                case NOP -> { }
                case BLOCK, LOOP -> {
                    FuncType sig = BlockType.signature(in.blockType(), mc.module.types());
                    Frame f = new Frame(op, sig, stack.size() - sig.params().size(), false);
                    control.add(f);
                    if (op == Op.LOOP) {
                        mv.visitLabel(f.label);
                    }
                }
                case IF -> {
                    FuncType sig = BlockType.signature(in.blockType(), mc.module.types());
                    pop(ValType.I32);
                    Frame f = new Frame(op, sig, stack.size() - sig.params().size(), false);
                    f.elseLabel = new Label();
                    control.add(f);
                    mv.visitJumpInsn(IFEQ, f.elseLabel);
                }
                case ELSE -> {
                    Frame f = top();
                    if (!unreachable) {
                        mv.visitJumpInsn(GOTO, f.label);
                        f.targeted = true;
                    }
                    f.hasElse = true;
                    mv.visitLabel(f.elseLabel);
                    resetStack(f.height, f.signature.params());
                    unreachable = false;
                }
                case END -> end();
                case BR -> {
                    branch(frame(in.depth()));
                    unreachable = true;
                }
                case BR_IF -> {
                    pop(ValType.I32);
                    Label skip = new Label();
                    mv.visitJumpInsn(IFEQ, skip);
                    branch(frame(in.depth()));
                    mv.visitLabel(skip);
                }
                case BR_TABLE -> brTable(in);
                case RETURN -> {
                    branch(control.get(0));
                    unreachable = true;
                }
                case CALL -> call(in.index());
                case CALL_INDIRECT -> callIndirect(in.index(), in.secondIndex());
                case DROP -> popJvm(pop());
                case SELECT, SELECT_T -> select();
                case LOCAL_GET -> {
                    ValType t = localTypes[in.index()];
                    load(t, localSlot[in.index()]);
                    push(t);
                }
                case LOCAL_SET -> {
                    ValType t = pop();
                    store(t, localSlot[in.index()]);
                    written.set(in.index());
                }
                case LOCAL_TEE -> {
                    ValType t = peek();
                    mv.visitInsn(t.jvmSlots() == 2 ? DUP2 : DUP);
                    store(t, localSlot[in.index()]);
                    written.set(in.index());
                }
                case GLOBAL_GET -> getGlobal(in.index());
                case GLOBAL_SET -> setGlobal(in.index());
                case TABLE_GET -> {
                    pop();
                    tableOp("get", "(I" + INSTANCE_DESC + "I)Ljava/lang/Object;", in.index());
                    push(ValType.FUNCREF);
                }
                case TABLE_SET -> {
                    pop();
                    pop();
                    tableOp("set", "(ILjava/lang/Object;" + INSTANCE_DESC + "I)V", in.index());
                }
                case MEMORY_SIZE -> {
                    loadMemory();
                    mv.visitMethodInsn(INVOKESTATIC, MEMORY_ACCESS, "size", "(" + MEMORY_DESC + ")I", false);
                    push(ValType.I32);
                }
                case MEMORY_GROW -> {
                    loadMemory();
                    mv.visitMethodInsn(INVOKESTATIC, MEMORY_ACCESS, "grow", "(I" + MEMORY_DESC + ")I", false);
                }
                case I32_CONST -> {
                    push(in.i32());
                    push(ValType.I32);
                }
                case I64_CONST -> {
                    push(in.i64());
                    push(ValType.I64);
                }
                case F32_CONST -> {
                    float v = Float.intBitsToFloat(in.f32Bits());
                    if (v != v) {
                        push(in.f32Bits());
                        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
                    } else if (in.f32Bits() == 0) {
                        mv.visitInsn(FCONST_0);
                    } else {
                        mv.visitLdcInsn(v);
                    }
                    push(ValType.F32);
                }
                case F64_CONST -> {
                    double v = Double.longBitsToDouble(in.f64Bits());
                    if (v != v) {
                        push(in.f64Bits());
                        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
                    } else if (in.f64Bits() == 0) {
                        mv.visitInsn(DCONST_0);
                    } else {
                        mv.visitLdcInsn(v);
                    }
                    push(ValType.F64);
                }
                case REF_NULL -> {
                    mv.visitInsn(ACONST_NULL);
                    push(in.refType());
                }
                case REF_IS_NULL -> {
                    pop();
                    ops("isNull", "(Ljava/lang/Object;)I");
                    push(ValType.I32);
                }
                case REF_FUNC -> {
                    mv.visitVarInsn(ALOAD, selfSlot);
                    push(in.index());
                    mv.visitMethodInsn(INVOKEVIRTUAL, ModuleContext.INSTANCE, "funcRef",
                            "(I)Lio/jfvm/compiler/rt/FuncRef;", false);
                    push(ValType.FUNCREF);
                }
                case MEMORY_INIT -> {
                    popN(3);
                    mv.visitVarInsn(ALOAD, selfSlot);
                    push(in.index());
                    mv.visitMethodInsn(INVOKESTATIC, TABLE_OPS, "memoryInit", "(III" + INSTANCE_DESC + "I)V", false);
                }
                case DATA_DROP -> {
                    mv.visitVarInsn(ALOAD, selfSlot);
                    push(in.index());
                    mv.visitMethodInsn(INVOKESTATIC, TABLE_OPS, "dataDrop", "(" + INSTANCE_DESC + "I)V", false);
                }
                case MEMORY_COPY -> {
                    popN(3);
                    loadMemory();
                    mv.visitMethodInsn(INVOKESTATIC, MEMORY_ACCESS, "copy", "(III" + MEMORY_DESC + ")V", false);
                }
                case MEMORY_FILL -> {
                    popN(3);
                    loadMemory();
                    mv.visitMethodInsn(INVOKESTATIC, MEMORY_ACCESS, "fill", "(III" + MEMORY_DESC + ")V", false);
                }
                case TABLE_INIT -> {
                    popN(3);
                    mv.visitVarInsn(ALOAD, selfSlot);
                    push(in.index());
                    push(in.secondIndex());
                    mv.visitMethodInsn(INVOKESTATIC, TABLE_OPS, "init", "(III" + INSTANCE_DESC + "II)V", false);
                }
                case ELEM_DROP -> {
                    mv.visitVarInsn(ALOAD, selfSlot);
                    push(in.index());
                    mv.visitMethodInsn(INVOKESTATIC, TABLE_OPS, "elemDrop", "(" + INSTANCE_DESC + "I)V", false);
                }
                case TABLE_COPY -> {
                    popN(3);
                    mv.visitVarInsn(ALOAD, selfSlot);
                    push(in.index());
                    push(in.secondIndex());
                    mv.visitMethodInsn(INVOKESTATIC, TABLE_OPS, "copy", "(III" + INSTANCE_DESC + "II)V", false);
                }
                case TABLE_GROW -> {
                    popN(2);
                    tableOp("grow", "(Ljava/lang/Object;I" + INSTANCE_DESC + "I)I", in.index());
                    push(ValType.I32);
                }
                case TABLE_SIZE -> {
                    tableOp("size", "(" + INSTANCE_DESC + "I)I", in.index());
                    push(ValType.I32);
                }
                case TABLE_FILL -> {
                    popN(3);
                    tableOp("fill", "(ILjava/lang/Object;I" + INSTANCE_DESC + "I)V", in.index());
                }
                default -> {
                    if (op.immediate == Op.Immediate.MEMARG) {
                        memoryAccess(in);
                    } else {
                        numeric(op);
                    }
                }
            }
        }

        private void end() {
            Frame f = control.remove(control.size() - 1);
            if (f.kind == null) {
                // The function's own end: return what is on the stack.
                if (!unreachable) {
                    emitReturn();
                }
                unreachable = true;
                return;
            }
            boolean reachable = !unreachable || f.targeted;
            if (f.kind == Op.IF && !f.hasElse) {
                // The missing else passes the parameters through; they are on the stack at the else label.
                mv.visitLabel(f.elseLabel);
                reachable = true;
            }
            if (f.kind == Op.LOOP) {
                reachable = !unreachable;
            } else {
                mv.visitLabel(f.label);
            }
            resetStack(f.height, f.signature.results());
            unreachable = !reachable;
        }

        private Frame top() {
            return control.get(control.size() - 1);
        }

        private Frame frame(int depth) {
            return control.get(control.size() - 1 - depth);
        }

        private void resetStack(int height, List<ValType> pushed) {
            while (stack.size() > height) {
                stack.remove(stack.size() - 1);
            }
            stack.addAll(pushed);
        }

        // ---------------------------------------------------------------- branches

        /**
         * Jumps to {@code f} carrying its branch values; the compile-time stack is left as it was, because the
         * code after a conditional branch still sees it.
         */
        private void branch(Frame f) {
            List<ValType> carried = f.branchTypes();
            if (f.external) {
                exitTo(f, carried);
                return;
            }
            if (f.kind == null) {
                emitReturn();
                return;
            }
            int extra = stack.size() - f.height - carried.size();
            if (extra > 0) {
                dropBeneath(carried.size(), extra);
            }
            mv.visitJumpInsn(GOTO, f.label);
            f.targeted = true;
        }

        /** Removes {@code extra} values lying beneath the top {@code keep} values of the JVM stack. */
        private void dropBeneath(int keep, int extra) {
            int top = stack.size();
            if (keep == 0) {
                for (int i = 0; i < extra; i++) {
                    popJvm(stack.get(top - 1 - i));
                }
                return;
            }
            if (keep == 1 && extra == 1 && stack.get(top - 1).jvmSlots() == 1 && stack.get(top - 2).jvmSlots() == 1) {
                mv.visitInsn(SWAP);
                mv.visitInsn(POP);
                return;
            }
            int[] slots = new int[keep];
            for (int i = 0; i < keep; i++) {
                ValType t = stack.get(top - 1 - i);
                slots[i] = scratch(t);
                store(t, slots[i]);
            }
            for (int i = 0; i < extra; i++) {
                popJvm(stack.get(top - keep - 1 - i));
            }
            for (int i = keep - 1; i >= 0; i--) {
                load(stack.get(top - 1 - i), slots[i]);
            }
        }

        private void brTable(Instr in) {
            pop(ValType.I32);
            int n = in.targetCount();
            // One trampoline per distinct target depth; each completes the branch to its label.
            Map<Integer, Label> trampolines = new LinkedHashMap<>();
            Label dflt = trampolines.computeIfAbsent(in.depth(), d -> new Label());
            int[] targetNumber = new int[n];
            List<Integer> depths = new ArrayList<>(List.of(in.depth()));
            for (int i = 0; i < n; i++) {
                int depth = in.target(i);
                if (!trampolines.containsKey(depth)) {
                    trampolines.put(depth, new Label());
                    depths.add(depth);
                }
                targetNumber[i] = depths.indexOf(depth);
            }
            if (n == 0) {
                mv.visitInsn(POP);
                mv.visitJumpInsn(GOTO, dflt);
            } else if (n <= BR_TABLE_INLINE_LIMIT) {
                Label[] labels = new Label[n];
                for (int i = 0; i < n; i++) {
                    labels[i] = trampolines.get(in.target(i));
                }
                mv.visitTableSwitchInsn(0, n - 1, dflt, labels);
            } else {
                lookupBrTable(targetNumber, depths, trampolines, dflt);
            }
            for (Map.Entry<Integer, Label> t : trampolines.entrySet()) {
                mv.visitLabel(t.getValue());
                branch(frame(t.getKey()));
            }
            unreachable = true;
        }

        /**
         * A br_table too long for one tableswitch: map the index to the number of its distinct target through
         * string constants used as char tables (one per {@link #BR_TABLE_CHUNK} entries, within the class-file
         * limit on constants), then switch over the few distinct targets.
         */
        private void lookupBrTable(int[] targetNumber, List<Integer> depths, Map<Integer, Label> trampolines,
                Label dflt) {
            int index = scratch(ValType.I32);
            mv.visitVarInsn(ISTORE, index);
            mv.visitVarInsn(ILOAD, index);
            mv.visitJumpInsn(IFLT, dflt);
            mv.visitVarInsn(ILOAD, index);
            push(targetNumber.length);
            mv.visitJumpInsn(IF_ICMPGE, dflt);
            Label lookedUp = new Label();
            for (int start = 0; start < targetNumber.length; start += BR_TABLE_CHUNK) {
                int end = Math.min(targetNumber.length, start + BR_TABLE_CHUNK);
                StringBuilder table = new StringBuilder(end - start);
                for (int i = start; i < end; i++) {
                    table.append((char) (targetNumber[i] + 1)); // +1: char 0 takes two bytes in a class file
                }
                Label nextChunk = new Label();
                if (end < targetNumber.length) {
                    mv.visitVarInsn(ILOAD, index);
                    push(end);
                    mv.visitJumpInsn(IF_ICMPGE, nextChunk);
                }
                mv.visitLdcInsn(table.toString());
                mv.visitVarInsn(ILOAD, index);
                push(start);
                mv.visitInsn(ISUB);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "charAt", "(I)C", false);
                mv.visitJumpInsn(GOTO, lookedUp);
                mv.visitLabel(nextChunk);
            }
            mv.visitLabel(lookedUp);
            Label[] labels = new Label[depths.size()];
            for (int k = 0; k < labels.length; k++) {
                labels[k] = trampolines.get(depths.get(k));
            }
            mv.visitTableSwitchInsn(1, labels.length, dflt, labels);
        }

        private void emitReturn() {
            List<ValType> results = type.results();
            switch (results.size()) {
                case 0 -> mv.visitInsn(RETURN);
                case 1 -> mv.visitInsn(returnOpcode(results.get(0)));
                default -> {
                    int n = results.size();
                    int[] slots = new int[n];
                    for (int i = n - 1; i >= 0; i--) {
                        slots[i] = scratch(results.get(i));
                        store(results.get(i), slots[i]);
                    }
                    push(n);
                    mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
                    for (int i = 0; i < n; i++) {
                        mv.visitInsn(DUP);
                        push(i);
                        load(results.get(i), slots[i]);
                        box(results.get(i));
                        mv.visitInsn(AASTORE);
                    }
                    mv.visitInsn(ARETURN);
                }
            }
        }

        // ---------------------------------------------------------------- outlined regions

        /** In a region: leaves the method towards {@code f}, passing the branch values through the arrays. */
        private void exitTo(Frame f, List<ValType> carried) {
            int index = control.indexOf(f);
            int number = exitNumbers.computeIfAbsent(index, k -> exitNumbers.size());
            int top = stack.size();
            storeTransfer(stack.subList(top - carried.size(), top));
            // The epilogue is a merge point: arrive with nothing else on the JVM stack.
            for (int i = top - carried.size() - 1; i >= 0; i--) {
                popJvm(stack.get(i));
            }
            push(number);
            mv.visitJumpInsn(GOTO, epilogue);
        }

        /** Pops the given top-of-stack values into the transfer slots of the arrays. */
        private void storeTransfer(List<ValType> values) {
            for (int j = values.size() - 1; j >= 0; j--) {
                ValType t = values.get(j);
                int slot = scratch(t);
                store(t, slot);
                storeToArrays(t, transferBase + j, slot);
            }
        }

        /** Pushes values from the transfer slots. */
        private void loadTransfer(List<ValType> values) {
            for (int j = 0; j < values.size(); j++) {
                loadFromArrays(values.get(j), transferBase + j);
                stack.add(values.get(j));
            }
        }

        private void writeBackLocals() {
            for (int i = written.nextSetBit(0); i >= 0; i = written.nextSetBit(i + 1)) {
                storeToArrays(localTypes[i], i, localSlot[i]);
            }
        }

        private void callRegion(Region r) {
            String name = "f" + funcIndex + "$r" + regionCount++;
            // Hand the region the current values of the locals it uses.
            for (int i = r.usedLocals.nextSetBit(0); i >= 0; i = r.usedLocals.nextSetBit(i + 1)) {
                storeToArrays(localTypes[i], i, localSlot[i]);
            }
            MethodVisitor rmv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, name,
                    REGION_DESC_SUFFIX + mc.mainDescriptor + ")I", null, null);
            rmv.visitCode();
            MethodEmitter child = new MethodEmitter(rmv, r);
            RegionResult result = child.emitRegion(control);
            rmv.visitMaxs(0, 0);
            rmv.visitEnd();

            mv.visitVarInsn(ALOAD, arraysSlot);
            mv.visitVarInsn(ALOAD, arraysSlot + 1);
            mv.visitVarInsn(ALOAD, selfSlot);
            mv.visitMethodInsn(INVOKESTATIC, owner, name, REGION_DESC_SUFFIX + mc.mainDescriptor + ")I", false);
            int codeSlot = scratch(ValType.I32);
            mv.visitVarInsn(ISTORE, codeSlot);
            for (int i = result.written.nextSetBit(0); i >= 0; i = result.written.nextSetBit(i + 1)) {
                loadFromArrays(localTypes[i], i);
                store(localTypes[i], localSlot[i]);
                written.set(i);
            }
            List<Integer> exits = result.exits;
            if (exits.isEmpty()) {
                if (result.fallsThrough) {
                    loadTransfer(result.results);
                } else {
                    trap(TrapKind.UNREACHABLE); // never taken (the region always traps); ends the JVM control flow
                    unreachable = true;
                }
                return;
            }
            Label next = new Label();
            Label[] cases = new Label[exits.size()];
            for (int k = 0; k < cases.length; k++) {
                cases[k] = new Label();
            }
            mv.visitVarInsn(ILOAD, codeSlot);
            mv.visitTableSwitchInsn(0, cases.length - 1, next, cases);
            for (int k = 0; k < cases.length; k++) {
                mv.visitLabel(cases[k]);
                Frame target = control.get(exits.get(k));
                List<ValType> carried = target.branchTypes();
                loadTransfer(carried);
                branch(target);
                for (int j = 0; j < carried.size(); j++) {
                    stack.remove(stack.size() - 1);
                }
            }
            mv.visitLabel(next);
            if (result.fallsThrough) {
                loadTransfer(result.results);
            } else {
                trap(TrapKind.UNREACHABLE); // never taken: the region always exits; keeps the JVM verifier happy
                unreachable = true;
            }
        }

        private void storeToArrays(ValType t, int index, int fromSlot) {
            if (t.isReference()) {
                mv.visitVarInsn(ALOAD, arraysSlot + 1);
                push(index);
                mv.visitVarInsn(ALOAD, fromSlot);
                mv.visitInsn(AASTORE);
            } else {
                mv.visitVarInsn(ALOAD, arraysSlot);
                push(index);
                load(t, fromSlot);
                toBits(t);
                mv.visitInsn(LASTORE);
            }
        }

        private void loadFromArrays(ValType t, int index) {
            if (t.isReference()) {
                mv.visitVarInsn(ALOAD, arraysSlot + 1);
                push(index);
                mv.visitInsn(AALOAD);
            } else {
                mv.visitVarInsn(ALOAD, arraysSlot);
                push(index);
                mv.visitInsn(LALOAD);
                fromBits(t);
            }
        }

        // ---------------------------------------------------------------- calls

        private void call(int index) {
            FuncType callee = mc.functionTypes[index];
            FunctionIntrinsic intrinsic = mc.module.functionIntrinsics().get(index);
            if (intrinsic != null) {
                // The intrinsic's global accesses touch the compile-time stack; its net effect is the call's.
                List<ValType> saved = new ArrayList<>(stack);
                intrinsic.emit(this);
                stack.clear();
                stack.addAll(saved);
            } else {
                mv.visitVarInsn(ALOAD, selfSlot);
                mv.visitMethodInsn(INVOKESTATIC, mc.functionOwner(index), "f" + index,
                        mc.functionDescriptor(index), false);
            }
            afterCall(callee);
        }

        private void callIndirect(int typeIndex, int table) {
            pop(ValType.I32);
            mc.indirectCalls.add(((long) typeIndex << 32) | table);
            mv.visitVarInsn(ALOAD, selfSlot);
            mv.visitMethodInsn(INVOKESTATIC, mc.mainClass, ModuleContext.dispatcherName(typeIndex, table),
                    mc.dispatcherDescriptor(typeIndex), false);
            afterCall(mc.module.types().get(typeIndex));
        }

        private void afterCall(FuncType callee) {
            for (int i = 0; i < callee.params().size(); i++) {
                pop();
            }
            List<ValType> results = callee.results();
            if (results.size() > 1) {
                int arr = scratch(ValType.FUNCREF);
                mv.visitVarInsn(ASTORE, arr);
                for (int i = 0; i < results.size(); i++) {
                    mv.visitVarInsn(ALOAD, arr);
                    push(i);
                    mv.visitInsn(AALOAD);
                    unbox(results.get(i));
                }
            }
            stack.addAll(results);
        }

        // ---------------------------------------------------------------- variables

        @Override
        public MethodVisitor method() {
            return mv;
        }

        @Override
        public void getGlobal(int index) {
            ValType t = mc.globalType(index).type();
            mv.visitVarInsn(ALOAD, selfSlot);
            if (mc.globalInCell(index)) {
                loadCell(index);
                if (t.isReference()) {
                    mv.visitFieldInsn(GETFIELD, CELL, "ref", "Ljava/lang/Object;");
                } else {
                    mv.visitFieldInsn(GETFIELD, CELL, "bits", "J");
                    fromBits(t);
                }
            } else {
                mv.visitFieldInsn(GETFIELD, mc.mainClass, ModuleContext.globalField(index),
                        ModuleContext.descriptor(t));
            }
            push(t);
        }

        @Override
        public void setGlobal(int index) {
            ValType t = pop();
            if (mc.globalInCell(index)) {
                if (t.isReference()) {
                    mv.visitVarInsn(ALOAD, selfSlot);
                    loadCell(index);
                    mv.visitInsn(SWAP);
                    mv.visitFieldInsn(PUTFIELD, CELL, "ref", "Ljava/lang/Object;");
                } else {
                    toBits(t);
                    mv.visitVarInsn(ALOAD, selfSlot);
                    loadCell(index);
                    mv.visitInsn(DUP_X2);
                    mv.visitInsn(POP);
                    mv.visitFieldInsn(PUTFIELD, CELL, "bits", "J");
                }
            } else {
                mv.visitVarInsn(ALOAD, selfSlot);
                if (t.jvmSlots() == 2) {
                    mv.visitInsn(DUP_X2);
                    mv.visitInsn(POP);
                } else {
                    mv.visitInsn(SWAP);
                }
                mv.visitFieldInsn(PUTFIELD, mc.mainClass, ModuleContext.globalField(index),
                        ModuleContext.descriptor(t));
            }
        }

        private void loadCell(int index) {
            mv.visitFieldInsn(GETFIELD, ModuleContext.INSTANCE, "cells", "[Lio/jfvm/compiler/rt/GlobalCell;");
            push(index);
            mv.visitInsn(AALOAD);
        }

        @Override
        public void trap(TrapKind kind) {
            String factory = switch (kind) {
                case UNREACHABLE -> "unreachable";
                case MEMORY_OUT_OF_BOUNDS -> "memoryOutOfBounds";
                case TABLE_OUT_OF_BOUNDS -> "tableOutOfBounds";
                case INTEGER_DIVIDE_BY_ZERO -> "divideByZero";
                case INTEGER_OVERFLOW -> "integerOverflow";
                case INVALID_CONVERSION_TO_INTEGER -> "invalidConversion";
                case INDIRECT_CALL_TYPE_MISMATCH -> "indirectCallTypeMismatch";
                case UNINITIALIZED_ELEMENT -> "uninitializedElement";
                case CALL_STACK_EXHAUSTED -> null;
            };
            if (factory == null) {
                mv.visitFieldInsn(GETSTATIC, "io/jfvm/compiler/rt/TrapKind", kind.name(),
                        "Lio/jfvm/compiler/rt/TrapKind;");
                mv.visitMethodInsn(INVOKESTATIC, TRAP, "of", "(Lio/jfvm/compiler/rt/TrapKind;)L" + TRAP + ";", false);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, TRAP, factory, "()L" + TRAP + ";", false);
            }
            mv.visitInsn(ATHROW);
        }

        // ---------------------------------------------------------------- memory and tables

        private void loadMemory() {
            mv.visitVarInsn(ALOAD, selfSlot);
            mv.visitFieldInsn(GETFIELD, ModuleContext.INSTANCE, "memory", MEMORY_DESC);
        }

        private void tableOp(String name, String descriptor, int table) {
            mv.visitVarInsn(ALOAD, selfSlot);
            push(table);
            mv.visitMethodInsn(INVOKESTATIC, TABLE_OPS, name, descriptor, false);
        }

        private void memoryAccess(Instr in) {
            Op op = in.op;
            String name = switch (op) {
                case I32_LOAD -> "loadI32";
                case I64_LOAD -> "loadI64";
                case F32_LOAD -> "loadF32";
                case F64_LOAD -> "loadF64";
                case I32_LOAD8_S -> "loadI32_8s";
                case I32_LOAD8_U -> "loadI32_8u";
                case I32_LOAD16_S -> "loadI32_16s";
                case I32_LOAD16_U -> "loadI32_16u";
                case I64_LOAD8_S -> "loadI64_8s";
                case I64_LOAD8_U -> "loadI64_8u";
                case I64_LOAD16_S -> "loadI64_16s";
                case I64_LOAD16_U -> "loadI64_16u";
                case I64_LOAD32_S -> "loadI64_32s";
                case I64_LOAD32_U -> "loadI64_32u";
                case I32_STORE -> "storeI32";
                case I64_STORE -> "storeI64";
                case F32_STORE -> "storeF32";
                case F64_STORE -> "storeF64";
                case I32_STORE8 -> "storeI32_8";
                case I32_STORE16 -> "storeI32_16";
                case I64_STORE8 -> "storeI64_8";
                case I64_STORE16 -> "storeI64_16";
                case I64_STORE32 -> "storeI64_32";
                default -> throw new IllegalStateException(op.text);
            };
            push((int) in.offset());
            loadMemory();
            List<ValType> pops = op.pops();
            if (op.pushes().isEmpty()) {
                String valueDesc = ModuleContext.descriptor(pops.get(1));
                mv.visitMethodInsn(INVOKESTATIC, MEMORY_ACCESS, name, "(I" + valueDesc + "I" + MEMORY_DESC + ")V",
                        false);
            } else {
                String resultDesc = ModuleContext.descriptor(op.pushes().get(0));
                mv.visitMethodInsn(INVOKESTATIC, MEMORY_ACCESS, name, "(II" + MEMORY_DESC + ")" + resultDesc, false);
            }
            popN(pops.size());
            stack.addAll(op.pushes());
        }

        // ---------------------------------------------------------------- numeric instructions

        private void numeric(Op op) {
            if (!op.hasFixedSignature()) {
                throw new IllegalStateException("unhandled instruction " + op.text);
            }
            NumericLowering.emit(op, mv, mc.options.canonicalizeNaN());
            popN(op.pops().size());
            stack.addAll(op.pushes());
        }

        private void select() {
            pop(ValType.I32);
            ValType t = pop();
            pop();
            Label first = new Label();
            Label done = new Label();
            mv.visitJumpInsn(IFNE, first);
            if (t.jvmSlots() == 2) {
                mv.visitInsn(DUP2_X2);
                mv.visitInsn(POP2);
                mv.visitInsn(POP2);
            } else {
                mv.visitInsn(SWAP);
                mv.visitInsn(POP);
            }
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(first);
            popJvm(t);
            mv.visitLabel(done);
            push(t);
        }

        // ---------------------------------------------------------------- stack bookkeeping and JVM helpers

        private void push(ValType t) {
            stack.add(t);
        }

        private ValType pop() {
            return stack.remove(stack.size() - 1);
        }

        private void pop(ValType expected) {
            ValType t = pop();
            if (t != expected) {
                throw new IllegalStateException("expected " + expected + " on the stack, found " + t);
            }
        }

        private void popN(int n) {
            for (int i = 0; i < n; i++) {
                pop();
            }
        }

        private ValType peek() {
            return stack.get(stack.size() - 1);
        }

        private int scratch(ValType t) {
            int slot = nextSlot;
            nextSlot += t.jvmSlots();
            return slot;
        }

        private void popJvm(ValType t) {
            mv.visitInsn(t.jvmSlots() == 2 ? POP2 : POP);
        }

        private void push(int v) {
            if (v >= -1 && v <= 5) {
                mv.visitInsn(ICONST_0 + v);
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                mv.visitIntInsn(BIPUSH, v);
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                mv.visitIntInsn(SIPUSH, v);
            } else {
                mv.visitLdcInsn(v);
            }
        }

        private void push(long v) {
            if (v == 0 || v == 1) {
                mv.visitInsn(LCONST_0 + (int) v);
            } else {
                mv.visitLdcInsn(v);
            }
        }

        private void zero(ValType t) {
            switch (t) {
                case I32 -> mv.visitInsn(ICONST_0);
                case I64 -> mv.visitInsn(LCONST_0);
                case F32 -> mv.visitInsn(FCONST_0);
                case F64 -> mv.visitInsn(DCONST_0);
                default -> mv.visitInsn(ACONST_NULL);
            }
        }

        private void load(ValType t, int slot) {
            mv.visitVarInsn(switch (t) {
                case I32 -> ILOAD;
                case I64 -> LLOAD;
                case F32 -> FLOAD;
                case F64 -> DLOAD;
                default -> ALOAD;
            }, slot);
        }

        private void store(ValType t, int slot) {
            mv.visitVarInsn(switch (t) {
                case I32 -> ISTORE;
                case I64 -> LSTORE;
                case F32 -> FSTORE;
                case F64 -> DSTORE;
                default -> ASTORE;
            }, slot);
        }

        private int returnOpcode(ValType t) {
            return switch (t) {
                case I32 -> IRETURN;
                case I64 -> LRETURN;
                case F32 -> FRETURN;
                case F64 -> DRETURN;
                default -> ARETURN;
            };
        }

        /** Converts a numeric value on the stack to its raw bits as a long. */
        private void toBits(ValType t) {
            switch (t) {
                case I32 -> mv.visitInsn(I2L);
                case I64 -> { }
                case F32 -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
                    mv.visitInsn(I2L);
                }
                case F64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
                default -> throw new IllegalStateException("not numeric: " + t);
            }
        }

        private void fromBits(ValType t) {
            switch (t) {
                case I32 -> mv.visitInsn(L2I);
                case I64 -> { }
                case F32 -> {
                    mv.visitInsn(L2I);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
                }
                case F64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
                default -> throw new IllegalStateException("not numeric: " + t);
            }
        }

        private void box(ValType t) {
            switch (t) {
                case I32 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;",
                        false);
                case I64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
                case F32 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;",
                        false);
                case F64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;",
                        false);
                default -> { }
            }
        }

        private void unbox(ValType t) {
            switch (t) {
                case I32 -> {
                    mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
                }
                case I64 -> {
                    mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
                }
                case F32 -> {
                    mv.visitTypeInsn(CHECKCAST, "java/lang/Float");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Float", "floatValue", "()F", false);
                }
                case F64 -> {
                    mv.visitTypeInsn(CHECKCAST, "java/lang/Double");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
                }
                default -> { }
            }
        }

        private void ops(String name, String descriptor) {
            mv.visitMethodInsn(INVOKESTATIC, OPS, name, descriptor, false);
        }
    }
}
