package io.jfvm.compiler.rt;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.ValType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * A function reference: a table element, an import, an export. Its {@link #handle()} has the exact JVM type of
 * {@link #methodType(FuncType)}: parameters as int/long/float/double/Object, and a return of void, the single
 * result, or an {@code Object[]} of boxed results when there are several.
 *
 * <p>References to a compiled instance's own functions remember their owner and index, so that
 * {@code call_indirect} within one instance dispatches directly without a method handle.
 */
public final class FuncRef {
    private static final MethodHandle HOST_CALL;
    /** (Object[]) -> Object: the first element, for host functions with one result. */
    private static final MethodHandle FIRST;

    static {
        try {
            var lookup = MethodHandles.lookup();
            HOST_CALL = lookup.findVirtual(HostFunction.class, "call",
                    MethodType.methodType(Object[].class, Object[].class));
            FIRST = MethodHandles.insertArguments(MethodHandles.arrayElementGetter(Object[].class), 1, 0);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public final FuncType type;
    /** The instance that defines this function, or null for a host function. */
    public final ModuleInstance owner;
    /** The function index within {@link #owner}; -1 for a host function. */
    public final int index;
    private MethodHandle handle;

    FuncRef(FuncType type, ModuleInstance owner, int index) {
        this.type = type;
        this.owner = owner;
        this.index = index;
    }

    private FuncRef(FuncType type, MethodHandle handle) {
        this.type = type;
        this.owner = null;
        this.index = -1;
        this.handle = handle.asType(methodType(type));
    }

    /** A host function given as a method handle whose type can be adapted to {@link #methodType(FuncType)}. */
    public static FuncRef of(FuncType type, MethodHandle handle) {
        return new FuncRef(type, handle);
    }

    /** A host function in the generic boxed form. */
    public static FuncRef host(FuncType type, HostFunction function) {
        int n = type.params().size();
        MethodHandle mh = HOST_CALL.bindTo(function).asCollector(Object[].class, n);
        List<ValType> results = type.results();
        if (results.size() == 1) {
            mh = MethodHandles.filterReturnValue(mh, FIRST);
        }
        return new FuncRef(type, adaptBoxed(mh, type));
    }

    private static MethodHandle adaptBoxed(MethodHandle mh, FuncType type) {
        MethodType target = methodType(type);
        if (type.results().isEmpty()) {
            mh = mh.asType(mh.type().changeReturnType(void.class));
        }
        return mh.asType(target);
    }

    /** The JVM method type of a wasm function type, as used by generated code and {@link #handle()}. */
    public static MethodType methodType(FuncType type) {
        Class<?>[] params = new Class<?>[type.params().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = Values.jvmClass(type.params().get(i));
        }
        return MethodType.methodType(returnClass(type), params);
    }

    public static Class<?> returnClass(FuncType type) {
        return switch (type.results().size()) {
            case 0 -> void.class;
            case 1 -> Values.jvmClass(type.results().get(0));
            default -> Object[].class;
        };
    }

    /** The method handle to call this function with, of type {@link #methodType(FuncType)}. */
    public MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            h = owner.functionHandle(index);
            handle = h;
        }
        return h;
    }

    /**
     * Calls the function with boxed arguments and returns boxed results. A JVM stack overflow inside wasm code
     * becomes a {@link TrapKind#CALL_STACK_EXHAUSTED} trap.
     */
    public Object[] invoke(Object... args) {
        if (args.length != type.params().size()) {
            throw new IllegalArgumentException("function " + type + " takes " + type.params().size()
                    + " arguments, got " + args.length);
        }
        Object result;
        try {
            result = handle().asSpreader(Object[].class, args.length)
                    .asType(MethodType.methodType(Object.class, Object[].class)).invokeExact(args);
        } catch (StackOverflowError e) {
            throw new Trap(TrapKind.CALL_STACK_EXHAUSTED, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return switch (type.results().size()) {
            case 0 -> new Object[0];
            case 1 -> new Object[] {result};
            default -> (Object[]) result;
        };
    }

    @Override
    public String toString() {
        return owner == null ? "host function " + type : "function " + index + " " + type;
    }
}
