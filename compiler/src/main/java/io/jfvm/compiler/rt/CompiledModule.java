package io.jfvm.compiler.rt;

import io.jfvm.compiler.CompileStats;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Module;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** A module compiled to JVM classes, ready to instantiate any number of times. */
public final class CompiledModule {
    private final Module shape;
    private final FuncType[] types;
    private final FuncType[] functionTypes;
    private final MethodHandle constructor;
    private final CompileStats stats;

    /**
     * @param shape the module after passes; function bodies are not used and may be empty
     * @param instanceClass the generated class
     */
    public CompiledModule(Module shape, Class<? extends ModuleInstance> instanceClass, CompileStats stats) {
        this.shape = shape;
        this.stats = stats;
        this.types = shape.types().toArray(FuncType[]::new);
        this.functionTypes = new FuncType[shape.functionCount()];
        for (int i = 0; i < functionTypes.length; i++) {
            functionTypes[i] = shape.functionType(i);
        }
        try {
            this.constructor = MethodHandles.publicLookup().findConstructor(instanceClass,
                    MethodType.methodType(void.class)).asType(MethodType.methodType(ModuleInstance.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated class has no public constructor", e);
        }
    }

    /**
     * Creates and initialises an instance. Throws {@link LinkException} when an import is missing or mistyped,
     * {@link Trap} when a segment is out of bounds or the start function traps.
     */
    public ModuleInstance instantiate(Imports imports) {
        return instantiate(imports, ResourceLimiter.NONE);
    }

    /**
     * As {@link #instantiate(Imports)}, with the instance's own memory and tables limited by {@code limiter}
     * ({@link ResourceLimitException} when their initial sizes are refused).
     */
    public ModuleInstance instantiate(Imports imports, ResourceLimiter limiter) {
        ModuleInstance instance;
        try {
            instance = (ModuleInstance) constructor.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("cannot construct generated instance", t);
        }
        try {
            instance.instantiate(shape, types, functionTypes, imports, limiter);
        } catch (StackOverflowError e) {
            throw new Trap(TrapKind.CALL_STACK_EXHAUSTED, e);
        }
        return instance;
    }

    /** The module as compiled (after passes), without function bodies. */
    public Module shape() {
        return shape;
    }

    public CompileStats stats() {
        return stats;
    }
}
