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
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the syscalls of an FVM line to one actor instance's {@link SyscallContext}: each becomes a
 * {@link BoundSyscall}, the static {@link Syscalls} method with the context bound as its first argument, with
 * exact primitive JVM types (no boxing on the call path). jfvm links them as {@link Imports}; another engine
 * adapts the same handles to its own host functions, so every engine runs the same syscalls.
 *
 * <p>Use, per invocation:
 * <pre>{@code
 * SyscallBinder.Linked linked = SyscallBinder.link(kernel, version);
 * ModuleInstance instance = compiled.instantiate(linked.imports());   // LinkException: unknown import (Fatal)
 * linked.context().attach(InstanceAccess.of(instance, gasGlobal));   // needs the "memory" export (Fatal)
 * linked.context().updateGasAvailable();
 * try { invoke(...); } finally-ish { linked.context().chargeForExec(); }  // see ExitCodes
 * }</pre>
 */
public final class SyscallBinder {
    /**
     * One syscall bound to a context: {@code handle} takes the wasm parameters (as {@code int}/{@code long}) and
     * returns the {@code i32} error number.
     */
    public record BoundSyscall(String module, String name, FuncType type, MethodHandle handle) {}

    /** The syscalls for one instance and the context they are bound to. */
    public record Linked(List<BoundSyscall> syscalls, SyscallContext context) {
        /** The syscalls as jfvm imports. */
        public Imports imports() {
            return SyscallBinder.imports(syscalls);
        }
    }

    /** Bound syscalls as jfvm imports. */
    public static Imports imports(List<BoundSyscall> syscalls) {
        Imports imports = new Imports();
        for (BoundSyscall s : syscalls) {
            imports.add(s.module(), s.name(), FuncRef.of(s.type(), s.handle()));
        }
        return imports;
    }

    private static final MethodHandle[] V2_HANDLES = resolve(FvmVersion.V2);
    private static final MethodHandle[] V3_HANDLES = resolve(FvmVersion.V3);

    private SyscallBinder() {}

    /** Every syscall of {@code version}'s line, bound to a fresh context for {@code kernel}. */
    public static Linked link(Kernel kernel, FvmVersion version) {
        SyscallContext ctx = new SyscallContext(kernel, version);
        List<ImportTable.Entry> table = ImportTable.forVersion(version);
        MethodHandle[] handles = version == FvmVersion.V2 ? V2_HANDLES : V3_HANDLES;
        List<BoundSyscall> syscalls = new ArrayList<>(handles.length);
        for (int i = 0; i < handles.length; i++) {
            ImportTable.Entry e = table.get(i);
            syscalls.add(new BoundSyscall(e.module(), e.name(), e.type(),
                    MethodHandles.insertArguments(handles[i], 0, ctx)));
        }
        return new Linked(List.copyOf(syscalls), ctx);
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

    /** For a jfvm-compiled module: instantiate with the syscalls and attach, in one step. */
    public static ModuleInstance instantiate(Linked linked, CompiledModule module) {
        ModuleInstance instance = module.instantiate(linked.imports());
        linked.context().attach(InstanceAccess.of(instance, SyscallContext.gasCounterGlobal(module)));
        return instance;
    }
}
