package io.jfvm.compiler.codegen;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.GlobalType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.GeneratedLayout;
import java.util.TreeSet;
import org.objectweb.asm.Type;

/** Module-wide facts that every generated method needs: names, descriptors, where each global lives. */
final class ModuleContext {
    static final String INSTANCE = "io/jfvm/compiler/rt/ModuleInstance";

    final Module module;
    final CompileOptions options;
    final String mainClass;
    final String mainDescriptor;
    /** The type of every function index, imports first. */
    final FuncType[] functionTypes;
    private final GlobalType[] globalTypes;
    private final boolean[] globalInCell;
    /** The (type index, table index) pairs that some call_indirect uses, each needing a dispatcher. */
    final TreeSet<Long> indirectCalls = new TreeSet<>();

    ModuleContext(Module module, CompileOptions options, String mainClass) {
        this.module = module;
        this.options = options;
        this.mainClass = mainClass;
        this.mainDescriptor = "L" + mainClass + ";";
        this.functionTypes = new FuncType[module.functionCount()];
        for (int i = 0; i < functionTypes.length; i++) {
            functionTypes[i] = module.functionType(i);
        }
        int importedGlobals = module.importCount(ExternKind.GLOBAL);
        this.globalInCell = new boolean[module.globalCount()];
        this.globalTypes = new GlobalType[module.globalCount()];
        for (int i = 0; i < globalTypes.length; i++) {
            globalTypes[i] = module.globalType(i);
        }
        for (int i = 0; i < importedGlobals; i++) {
            globalInCell[i] = !module.globalIntrinsics().containsKey(i);
        }
        for (Export e : module.exports()) {
            if (e.kind() == ExternKind.GLOBAL) {
                globalInCell[e.index()] = true;
            }
        }
    }

    /**
     * Whether global {@code index} lives in a shared {@link io.jfvm.compiler.rt.GlobalCell} (imported or
     * exported) rather than a primitive field {@code g<index>} of the instance.
     */
    boolean globalInCell(int index) {
        return globalInCell[index];
    }

    GlobalType globalType(int index) {
        return globalTypes[index];
    }

    static String globalField(int index) {
        return "g" + index;
    }

    String functionOwner(int index) {
        return GeneratedLayout.functionClass(mainClass.replace('/', '.'), index).replace('.', '/');
    }

    /** Descriptor of generated function {@code f<index>}: the wasm parameters, then the instance. */
    String functionDescriptor(int index) {
        return descriptor(functionTypes[index]);
    }

    String descriptor(FuncType type) {
        StringBuilder sb = new StringBuilder("(");
        for (ValType p : type.params()) {
            sb.append(descriptor(p));
        }
        sb.append(mainDescriptor).append(')');
        sb.append(Type.getDescriptor(FuncRef.returnClass(type)));
        return sb.toString();
    }

    static String descriptor(ValType t) {
        return switch (t) {
            case I32 -> "I";
            case I64 -> "J";
            case F32 -> "F";
            case F64 -> "D";
            case FUNCREF, EXTERNREF -> "Ljava/lang/Object;";
        };
    }

    static String dispatcherName(int typeIndex, int table) {
        return "ci" + typeIndex + "_" + table;
    }

    /** Descriptor of a call_indirect dispatcher: the wasm parameters, the table index, then the instance. */
    String dispatcherDescriptor(int typeIndex) {
        FuncType type = module.types().get(typeIndex);
        StringBuilder sb = new StringBuilder("(");
        for (ValType p : type.params()) {
            sb.append(descriptor(p));
        }
        sb.append('I').append(mainDescriptor).append(')');
        sb.append(Type.getDescriptor(FuncRef.returnClass(type)));
        return sb.toString();
    }
}
