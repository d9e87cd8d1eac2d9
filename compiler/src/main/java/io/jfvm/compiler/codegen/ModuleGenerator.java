package io.jfvm.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.CompileStats;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.GeneratedLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Generates the JVM classes of a module: a main class extending {@link io.jfvm.compiler.rt.ModuleInstance} that
 * holds the instance state, the generic global accessors and the {@code call_indirect} dispatchers; and part
 * classes holding the functions as static methods (see {@link GeneratedLayout}).
 */
public final class ModuleGenerator {
    /** Every module gets the same class names; each is defined in a class loader of its own. */
    static final String MAIN_CLASS = "jfvm/generated/Module";
    /** Dispatchers switch over at most this many functions per method, keeping each method small. */
    private static final int DISPATCH_GROUP = 200;
    /** Functions estimated at least this large are compiled on trial to check their real method sizes. */
    private static final int TRIAL_THRESHOLD = 5000;
    /** Region targets tried in turn until a function's methods all fit. */
    private static final int[] SPLIT_TARGETS = {4000, 2500, 1500, 800};

    private final ModuleContext mc;
    private final Map<String, ClassWriter> parts = new TreeMap<>();

    private ModuleGenerator(Module module, CompileOptions options) {
        this.mc = new ModuleContext(module, options, MAIN_CLASS);
    }

    public static GeneratedModule generate(Module module, CompileOptions options) {
        return new ModuleGenerator(module, options).generate();
    }

    private GeneratedModule generate() {
        Module m = mc.module;
        int imported = m.importCount(ExternKind.FUNCTION);
        for (int i = 0; i < imported; i++) {
            importTrampoline(part(i), i);
        }
        for (int k = 0; k < m.functions().size(); k++) {
            int index = imported + k;
            Function f = m.functions().get(k);
            new FunctionCompiler(mc, index, f, planFor(index, f), part(index)).compile();
        }
        ClassWriter main = writer();
        main.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, MAIN_CLASS, null, ModuleContext.INSTANCE, null);
        globalFields(main);
        constructor(main);
        globalAccessors(main);
        for (long key : mc.indirectCalls) {
            dispatcher(main, (int) (key >>> 32), (int) key);
        }
        main.visitEnd();

        Map<String, byte[]> classes = new LinkedHashMap<>();
        classes.put(MAIN_CLASS.replace('/', '.'), main.toByteArray());
        for (Map.Entry<String, ClassWriter> p : parts.entrySet()) {
            p.getValue().visitEnd();
            classes.put(p.getKey().replace('/', '.'), p.getValue().toByteArray());
        }
        int methods = 0;
        int largest = 0;
        int huge = 0;
        for (byte[] c : classes.values()) {
            for (int size : ClassFileSizes.codeLengths(c).values()) {
                methods++;
                largest = Math.max(largest, size);
                if (size > CompileStats.HUGE_METHOD_LIMIT) {
                    huge++;
                }
            }
        }
        return new GeneratedModule(MAIN_CLASS.replace('/', '.'), classes, m.functions().size(), methods, largest,
                huge);
    }

    /**
     * Plans a function's outlined regions. Sizes are estimates, so a large function is compiled on trial and
     * re-planned with finer regions until every method it produces is under {@code HugeMethodLimit}.
     */
    private RegionPlan planFor(int index, Function f) {
        int budget = mc.options.splitBudget();
        int target = Math.min(budget, RegionPlanner.DEFAULT_TARGET);
        RegionPlanner planner = new RegionPlanner(mc.module, mc.functionTypes, f);
        if (planner.estimate() < TRIAL_THRESHOLD) {
            return planner.plan(budget, target);
        }
        RegionPlan plan = null;
        for (int splitTarget : SPLIT_TARGETS) {
            plan = planner.plan(budget, Math.min(target, splitTarget));
            if (largestMethod(index, f, plan) <= CompileStats.HUGE_METHOD_LIMIT) {
                break;
            }
        }
        return plan;
    }

    private int largestMethod(int index, Function f, RegionPlan plan) {
        // Only the code lengths are wanted and the class is never loaded, so no frames or maxima are computed:
        // they do not change the bytecode, and computing them is most of what ASM costs.
        ClassWriter trial = new ClassWriter(0);
        trial.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, mc.functionOwner(index), null, "java/lang/Object", null);
        new FunctionCompiler(mc, index, f, plan, trial).compile();
        trial.visitEnd();
        byte[] bytes;
        try {
            bytes = trial.toByteArray();
        } catch (MethodTooLargeException e) {
            return Integer.MAX_VALUE;
        }
        return ClassFileSizes.codeLengths(bytes).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private ClassWriter part(int functionIndex) {
        String name = mc.functionOwner(functionIndex);
        return parts.computeIfAbsent(name, n -> {
            ClassWriter cw = writer();
            cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, n, null, "java/lang/Object", null);
            return cw;
        });
    }

    private static ClassWriter writer() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // Generated code merges only references it treats as plain objects; never load classes here.
                return "java/lang/Object";
            }
        };
    }

    // ------------------------------------------------------------------ main class members

    private void globalFields(ClassWriter cw) {
        for (int i = 0; i < mc.module.globalCount(); i++) {
            if (!mc.globalInCell(i)) {
                cw.visitField(ACC_PUBLIC, ModuleContext.globalField(i),
                        ModuleContext.descriptor(mc.globalType(i).type()), null, null).visitEnd();
            }
        }
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, ModuleContext.INSTANCE, "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code getGlobal(int)} and {@code setGlobal(int, Object)}: boxed access to every global by index. */
    private void globalAccessors(ClassWriter cw) {
        int n = mc.module.globalCount();
        MethodVisitor get = cw.visitMethod(ACC_PUBLIC, "getGlobal", "(I)Ljava/lang/Object;", null, null);
        MethodVisitor set = cw.visitMethod(ACC_PUBLIC, "setGlobal", "(ILjava/lang/Object;)V", null, null);
        get.visitCode();
        set.visitCode();
        Label getDefault = new Label();
        Label setDefault = new Label();
        Label[] getCases = new Label[n];
        Label[] setCases = new Label[n];
        for (int i = 0; i < n; i++) {
            getCases[i] = new Label();
            setCases[i] = new Label();
        }
        if (n > 0) {
            get.visitVarInsn(ILOAD, 1);
            get.visitTableSwitchInsn(0, n - 1, getDefault, getCases);
            set.visitVarInsn(ILOAD, 1);
            set.visitTableSwitchInsn(0, n - 1, setDefault, setCases);
        }
        for (int i = 0; i < n; i++) {
            ValType t = mc.globalType(i).type();
            get.visitLabel(getCases[i]);
            set.visitLabel(setCases[i]);
            if (mc.globalInCell(i)) {
                get.visitVarInsn(ALOAD, 0);
                cell(get, i);
                get.visitMethodInsn(INVOKEVIRTUAL, "io/jfvm/compiler/rt/GlobalCell", "get", "()Ljava/lang/Object;",
                        false);
                set.visitVarInsn(ALOAD, 0);
                cell(set, i);
                set.visitVarInsn(ALOAD, 2);
                set.visitMethodInsn(INVOKEVIRTUAL, "io/jfvm/compiler/rt/GlobalCell", "set", "(Ljava/lang/Object;)V",
                        false);
            } else {
                String desc = ModuleContext.descriptor(t);
                get.visitVarInsn(ALOAD, 0);
                get.visitFieldInsn(GETFIELD, MAIN_CLASS, ModuleContext.globalField(i), desc);
                box(get, t);
                set.visitVarInsn(ALOAD, 0);
                set.visitVarInsn(ALOAD, 2);
                unbox(set, t);
                set.visitFieldInsn(PUTFIELD, MAIN_CLASS, ModuleContext.globalField(i), desc);
            }
            get.visitInsn(ARETURN);
            set.visitInsn(RETURN);
        }
        for (MethodVisitor mv : List.of(get, set)) {
            mv.visitLabel(mv == get ? getDefault : setDefault);
            mv.visitTypeInsn(NEW, "java/lang/IllegalArgumentException");
            mv.visitInsn(DUP);
            mv.visitLdcInsn("no such global");
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V",
                    false);
            mv.visitInsn(ATHROW);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }

    private static void cell(MethodVisitor mv, int index) {
        mv.visitFieldInsn(GETFIELD, ModuleContext.INSTANCE, "cells", "[Lio/jfvm/compiler/rt/GlobalCell;");
        pushInt(mv, index);
        mv.visitInsn(AALOAD);
    }

    // ------------------------------------------------------------------ imported functions

    /** {@code f<i>} for an imported function: calls the import's method handle. */
    private void importTrampoline(ClassWriter cw, int index) {
        FuncType type = mc.functionTypes[index];
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "f" + index, mc.functionDescriptor(index), null,
                null);
        mv.visitCode();
        int self = paramSlots(type);
        mv.visitVarInsn(ALOAD, self);
        mv.visitFieldInsn(GETFIELD, ModuleContext.INSTANCE, "functions", "[Lio/jfvm/compiler/rt/FuncRef;");
        pushInt(mv, index);
        mv.visitInsn(AALOAD);
        invokeHandle(mv, type, 0);
        mv.visitInsn(returnOpcode(type));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** With a FuncRef on the stack, calls its handle with the parameters held in slots from {@code firstSlot}. */
    private static void invokeHandle(MethodVisitor mv, FuncType type, int firstSlot) {
        mv.visitMethodInsn(INVOKEVIRTUAL, "io/jfvm/compiler/rt/FuncRef", "handle",
                "()Ljava/lang/invoke/MethodHandle;", false);
        loadParams(mv, type, firstSlot);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact",
                FuncRef.methodType(type).toMethodDescriptorString(), false);
    }

    // ------------------------------------------------------------------ call_indirect dispatchers

    /**
     * {@code ci<type>_<table>(params..., int element, instance)}: fetches the table element (trapping when out of
     * bounds or null), calls the instance's own functions of a matching type directly through a switch on the
     * function index, and anything else (another instance's or the host's function) through its method handle
     * after a structural type check.
     */
    private void dispatcher(ClassWriter cw, int typeIndex, int table) {
        FuncType type = mc.module.types().get(typeIndex);
        String name = ModuleContext.dispatcherName(typeIndex, table);
        String desc = mc.dispatcherDescriptor(typeIndex);
        List<Integer> candidates = new ArrayList<>();
        int imported = mc.module.importCount(ExternKind.FUNCTION);
        for (int i = imported; i < mc.module.functionCount(); i++) {
            if (mc.functionTypes[i].equals(type)) {
                candidates.add(i);
            }
        }
        int params = paramSlots(type);
        int elementSlot = params;
        int selfSlot = params + 1;
        int refSlot = params + 2;
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        mv.visitCode();
        mv.visitVarInsn(ILOAD, elementSlot);
        mv.visitVarInsn(ALOAD, selfSlot);
        pushInt(mv, table);
        mv.visitMethodInsn(INVOKESTATIC, "io/jfvm/compiler/rt/TableOps", "funcRef",
                "(ILio/jfvm/compiler/rt/ModuleInstance;I)Lio/jfvm/compiler/rt/FuncRef;", false);
        mv.visitVarInsn(ASTORE, refSlot);
        Label foreign = new Label();
        mv.visitVarInsn(ALOAD, refSlot);
        mv.visitFieldInsn(GETFIELD, "io/jfvm/compiler/rt/FuncRef", "owner", "Lio/jfvm/compiler/rt/ModuleInstance;");
        mv.visitVarInsn(ALOAD, selfSlot);
        mv.visitJumpInsn(IF_ACMPNE, foreign);
        // Own function: switch on its index.
        mv.visitVarInsn(ALOAD, refSlot);
        mv.visitFieldInsn(GETFIELD, "io/jfvm/compiler/rt/FuncRef", "index", "I");
        mv.visitVarInsn(ISTORE, elementSlot);
        if (candidates.size() <= DISPATCH_GROUP) {
            switchOverFunctions(mv, type, candidates, elementSlot, selfSlot);
        } else {
            for (int g = 0; g * DISPATCH_GROUP < candidates.size(); g++) {
                List<Integer> group = candidates.subList(g * DISPATCH_GROUP,
                        Math.min(candidates.size(), (g + 1) * DISPATCH_GROUP));
                String sub = name + "$" + g;
                MethodVisitor smv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, sub, desc, null, null);
                smv.visitCode();
                switchOverFunctions(smv, type, group, elementSlot, selfSlot);
                smv.visitMaxs(0, 0);
                smv.visitEnd();
                Label next = new Label();
                mv.visitVarInsn(ILOAD, elementSlot);
                pushInt(mv, group.get(group.size() - 1));
                mv.visitJumpInsn(IF_ICMPGT, next);
                loadParams(mv, type, 0);
                mv.visitVarInsn(ILOAD, elementSlot);
                mv.visitVarInsn(ALOAD, selfSlot);
                mv.visitMethodInsn(INVOKESTATIC, MAIN_CLASS, sub, desc, false);
                mv.visitInsn(returnOpcode(type));
                mv.visitLabel(next);
            }
            mismatch(mv);
        }
        // Another instance's or a host function: check the type structurally, then call its handle.
        mv.visitLabel(foreign);
        mv.visitVarInsn(ALOAD, refSlot);
        mv.visitFieldInsn(GETFIELD, "io/jfvm/compiler/rt/FuncRef", "type", "Lio/jfvm/compiler/ir/FuncType;");
        mv.visitVarInsn(ALOAD, selfSlot);
        mv.visitFieldInsn(GETFIELD, ModuleContext.INSTANCE, "types", "[Lio/jfvm/compiler/ir/FuncType;");
        pushInt(mv, typeIndex);
        mv.visitInsn(AALOAD);
        mv.visitMethodInsn(INVOKEVIRTUAL, "io/jfvm/compiler/ir/FuncType", "equals", "(Ljava/lang/Object;)Z", false);
        Label typeOk = new Label();
        mv.visitJumpInsn(IFNE, typeOk);
        mismatch(mv);
        mv.visitLabel(typeOk);
        mv.visitVarInsn(ALOAD, refSlot);
        invokeHandle(mv, type, 0);
        mv.visitInsn(returnOpcode(type));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A switch on the function index in {@code indexSlot} calling each candidate; anything else mismatches. */
    private void switchOverFunctions(MethodVisitor mv, FuncType type, List<Integer> functions, int indexSlot,
            int selfSlot) {
        Label dflt = new Label();
        int[] keys = functions.stream().mapToInt(Integer::intValue).toArray();
        Label[] labels = new Label[keys.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = new Label();
        }
        mv.visitVarInsn(ILOAD, indexSlot);
        mv.visitLookupSwitchInsn(dflt, keys, labels);
        for (int i = 0; i < keys.length; i++) {
            mv.visitLabel(labels[i]);
            loadParams(mv, type, 0);
            mv.visitVarInsn(ALOAD, selfSlot);
            mv.visitMethodInsn(INVOKESTATIC, mc.functionOwner(keys[i]), "f" + keys[i], mc.functionDescriptor(keys[i]),
                    false);
            mv.visitInsn(returnOpcode(type));
        }
        mv.visitLabel(dflt);
        mismatch(mv);
    }

    private static void mismatch(MethodVisitor mv) {
        mv.visitMethodInsn(INVOKESTATIC, "io/jfvm/compiler/rt/Trap", "indirectCallTypeMismatch",
                "()Lio/jfvm/compiler/rt/Trap;", false);
        mv.visitInsn(ATHROW);
    }

    // ------------------------------------------------------------------ small helpers

    private static int paramSlots(FuncType type) {
        int slots = 0;
        for (ValType p : type.params()) {
            slots += p.jvmSlots();
        }
        return slots;
    }

    private static void loadParams(MethodVisitor mv, FuncType type, int firstSlot) {
        int slot = firstSlot;
        for (ValType p : type.params()) {
            mv.visitVarInsn(Type.getType(ModuleContext.descriptor(p)).getOpcode(ILOAD), slot);
            slot += p.jvmSlots();
        }
    }

    private static int returnOpcode(FuncType type) {
        return Type.getType(FuncRef.returnClass(type)).getOpcode(IRETURN);
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    private static void box(MethodVisitor mv, ValType t) {
        String wrapper = wrapper(t);
        if (wrapper != null) {
            mv.visitMethodInsn(INVOKESTATIC, wrapper, "valueOf", "(" + ModuleContext.descriptor(t) + ")L" + wrapper + ";",
                    false);
        }
    }

    private static void unbox(MethodVisitor mv, ValType t) {
        String wrapper = wrapper(t);
        if (wrapper != null) {
            mv.visitTypeInsn(CHECKCAST, wrapper);
            String prim = switch (t) {
                case I32 -> "intValue";
                case I64 -> "longValue";
                case F32 -> "floatValue";
                default -> "doubleValue";
            };
            mv.visitMethodInsn(INVOKEVIRTUAL, wrapper, prim, "()" + ModuleContext.descriptor(t), false);
        }
    }

    private static String wrapper(ValType t) {
        return switch (t) {
            case I32 -> "java/lang/Integer";
            case I64 -> "java/lang/Long";
            case F32 -> "java/lang/Float";
            case F64 -> "java/lang/Double";
            default -> null;
        };
    }
}
