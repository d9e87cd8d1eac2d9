package io.jfvm.gas.fuzz;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.compiler.rt.Table;
import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * jfvm: the module compiled to JVM classes. Globals are read and written through the generated accessors, which
 * also reach globals lowered to intrinsics (the FVM's gas counter), so the comparison sees what the host sees.
 */
final class JfvmSide implements Side {
    private final ModuleInstance instance;
    private final Module shape;
    private final List<String> log = new ArrayList<>();

    /** Instantiates; a trap during instantiation is thrown as {@link InstantiationTrap}. */
    JfvmSide(CompiledModule compiled) {
        this.shape = compiled.shape();
        Imports imports = new Imports();
        FuzzingSupport.addTo(imports, log);
        try {
            instance = compiled.instantiate(imports);
        } catch (Trap t) {
            throw new InstantiationTrap(t.kind());
        }
    }

    @Override
    public CallOutcome call(String name, FuncType type, long[] args) {
        log.clear();
        Object[] boxed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boxed[i] = Values.box(type.params().get(i), args[i]);
        }
        Object[] raw;
        try {
            raw = instance.function(name).invoke(boxed);
        } catch (Trap t) {
            return CallOutcome.trapped(t.kind(), log);
        }
        List<String> results = new ArrayList<>();
        for (int i = 0; i < type.results().size(); i++) {
            ValType t = type.results().get(i);
            results.add(ValueText.of(t, Values.bits(t, raw[i])));
        }
        return CallOutcome.returned(results, log);
    }

    @Override
    public long global(int index) {
        return Values.bits(shape.globalType(index).type(), instance.getGlobal(index));
    }

    @Override
    public void setGlobal(int index, long raw) {
        instance.setGlobal(index, Values.box(shape.globalType(index).type(), raw));
    }

    @Override
    public int memorySize() {
        return instance.memory.pages() * Memory.PAGE_SIZE;
    }

    @Override
    public byte[] memory() {
        return instance.memory.bytes;
    }

    @Override
    public int[] table(int index) {
        Table table = instance.tables[index];
        int[] refs = new int[table.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = functionIndex((FuncRef) table.get(i));
        }
        return refs;
    }

    /** The index of {@code ref} in this instance's function index space; imports are found by identity. */
    private int functionIndex(FuncRef ref) {
        if (ref == null) {
            return -1;
        }
        if (ref.owner == instance) {
            return ref.index;
        }
        for (int i = 0; i < instance.functions.length; i++) {
            if (instance.functions[i] == ref) {
                return i;
            }
        }
        throw new IllegalStateException("table element " + ref + " is not a function of this instance");
    }
}
