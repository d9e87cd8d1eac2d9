package io.jfvm.compiler.differential;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.Values;
import java.util.Arrays;

/** jfvm: the module compiled to JVM classes, called through {@link io.jfvm.compiler.rt.FuncRef#invoke}. */
final class JfvmEngine implements Engine {
    private final ModuleInstance instance;

    JfvmEngine(CompiledModule compiled) {
        this.instance = compiled.instantiate(new Imports());
    }

    @Override
    public CallResult call(String name, FuncType type, long[] args) {
        Object[] boxed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boxed[i] = Values.box(type.params().get(i), args[i]);
        }
        Object[] results;
        try {
            results = instance.function(name).invoke(boxed);
        } catch (Trap t) {
            return CallResult.trapped(t.kind().message);
        }
        long[] raw = new long[results.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Values.bits(type.results().get(i), results[i]);
        }
        return CallResult.returned(type.results(), raw);
    }

    @Override
    public byte[] memory() {
        Memory memory = instance.memory;
        return memory == null ? null : Arrays.copyOf(memory.bytes, memory.pages() * Memory.PAGE_SIZE);
    }
}
