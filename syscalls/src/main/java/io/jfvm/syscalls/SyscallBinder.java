package io.jfvm.syscalls;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.ipld.types.FvmVersion;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Links an actor instance to its kernel: builds the {@link Imports} of every syscall of the FVM line as host
 * functions with exact primitive JVM types (the static {@link Syscalls} method with the instance's
 * {@link SyscallContext} bound as its first argument; no boxing on the call path).
 *
 * <p>Use, per invocation:
 * <pre>{@code
 * SyscallBinder.Linked linked = SyscallBinder.link(kernel, version, compiled);
 * ModuleInstance instance = compiled.instantiate(linked.imports());   // LinkException: unknown import (Fatal)
 * linked.context().attach(instance);                                  // needs the "memory" export (Fatal)
 * linked.context().updateGasAvailable();
 * try { invoke(...); } finally-ish { linked.context().chargeForExec(); }  // see ExitCodes
 * }</pre>
 */
public final class SyscallBinder {
    /** The imports for one instance and the context they are bound to. */
    public record Linked(Imports imports, SyscallContext context) {}

    private static final MethodHandle[] V2_HANDLES = resolve(FvmVersion.V2);
    private static final MethodHandle[] V3_HANDLES = resolve(FvmVersion.V3);

    private SyscallBinder() {}

    /**
     * Imports for an instance of {@code module} (compiled with the FVM instrumentation for {@code version}):
     * every syscall of the line, bound to a fresh context for {@code kernel}.
     */
    public static Linked link(Kernel kernel, FvmVersion version, CompiledModule module) {
        SyscallContext ctx = new SyscallContext(kernel, version, SyscallContext.gasCounterGlobal(module));
        return new Linked(imports(ctx), ctx);
    }

    /** A context for a module whose gas counter is global {@code gasCounterGlobal}. */
    public static Linked link(Kernel kernel, FvmVersion version, int gasCounterGlobal) {
        SyscallContext ctx = new SyscallContext(kernel, version, gasCounterGlobal);
        return new Linked(imports(ctx), ctx);
    }

    private static Imports imports(SyscallContext ctx) {
        List<ImportTable.Entry> table = ImportTable.forVersion(ctx.version);
        MethodHandle[] handles = ctx.version == FvmVersion.V2 ? V2_HANDLES : V3_HANDLES;
        Imports imports = new Imports();
        for (int i = 0; i < handles.length; i++) {
            ImportTable.Entry e = table.get(i);
            imports.add(e.module(), e.name(), FuncRef.of(e.type(), MethodHandles.insertArguments(handles[i], 0, ctx)));
        }
        return imports;
    }

    /** The JVM method type of a syscall method: (SyscallContext, wasm params as int/long) int. */
    static MethodType methodType(FuncType type) {
        Class<?>[] params = new Class<?>[type.params().size() + 1];
        params[0] = SyscallContext.class;
        for (int i = 0; i < type.params().size(); i++) {
            ValType v = type.params().get(i);
            params[i + 1] = switch (v) {
                case I32 -> int.class;
                case I64 -> long.class;
                default -> throw new IllegalStateException("syscall parameter of type " + v);
            };
        }
        return MethodType.methodType(int.class, params);
    }

    private static MethodHandle[] resolve(FvmVersion version) {
        List<ImportTable.Entry> table = ImportTable.forVersion(version);
        MethodHandle[] out = new MethodHandle[table.size()];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (int i = 0; i < out.length; i++) {
            ImportTable.Entry e = table.get(i);
            try {
                out[i] = lookup.findStatic(Syscalls.class, e.method(), methodType(e.type()));
            } catch (ReflectiveOperationException ex) {
                throw new ExceptionInInitializerError(new IllegalStateException(
                        "no syscall method " + e.method() + methodType(e.type()) + " for " + e.key(), ex));
            }
        }
        return out;
    }

    /** Convenience: instantiate and attach in one step. */
    public static ModuleInstance instantiate(Linked linked, CompiledModule module) {
        ModuleInstance instance = module.instantiate(linked.imports());
        linked.context().attach(instance);
        return instance;
    }
}
