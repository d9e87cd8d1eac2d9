package io.jfvm.syscalls;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.ModuleInstance;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the syscalls of an FVM line's {@link SyscallAbi} to one actor instance's {@link SyscallContext}: each
 * becomes a {@link BoundSyscall}, the static method of its namespace class with the context bound first, with
 * exact primitive JVM types (no boxing on the call path). jfvm links them as {@link Imports}; another engine
 * adapts the same handles to its own host functions, so every engine runs the same syscalls.
 *
 * <p>Use, per invocation:
 * <pre>{@code
 * SyscallBinder.Linked linked = SyscallBinder.link(kernel, abi);
 * ModuleInstance instance = compiled.instantiate(linked.imports());   // LinkException: unknown import (Fatal)
 * linked.context().attach(InstanceAccess.of(instance, gasGlobal));   // needs the "memory" export (Fatal)
 * linked.context().updateGasAvailable();
 * Throwable thrown = ... invoke ...; RuntimeException ending = ExitCodes.afterInvoke(linked.context(), thrown);
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

    private SyscallBinder() {}

    /** Every syscall of {@code abi}'s line, bound to a fresh context for {@code kernel}. */
    public static Linked link(Kernel kernel, SyscallAbi abi) {
        SyscallContext ctx = new SyscallContext(kernel, abi);
        List<SyscallAbi.Entry> table = abi.imports();
        MethodHandle[] handles = abi.handles();
        List<BoundSyscall> syscalls = new ArrayList<>(handles.length);
        for (int i = 0; i < handles.length; i++) {
            SyscallAbi.Entry e = table.get(i);
            syscalls.add(new BoundSyscall(e.module(), e.name(), e.type(),
                    MethodHandles.insertArguments(handles[i], 0, ctx)));
        }
        return new Linked(List.copyOf(syscalls), ctx);
    }

    /** For a jfvm-compiled module: instantiate with the syscalls and attach, in one step. */
    public static ModuleInstance instantiate(Linked linked, CompiledModule module) {
        ModuleInstance instance = module.instantiate(linked.imports());
        linked.context().attach(InstanceAccess.of(instance, SyscallContext.gasCounterGlobal(module)));
        return instance;
    }
}
