package io.jfvm.jmh.kernels;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.pass.Pass;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.syscalls.SyscallContext;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;

/**
 * A kernel compiled by jfvm. Metered, it is compiled as the FVM compiles actors: the FVM instrumentation for
 * network version {@value Kernel#NETWORK_VERSION} with intrinsics (the gas counter becomes a field of the
 * instance), NaN canonicalisation on. Unmetered, the same without the instrumentation.
 */
final class JfvmKernelInstance implements KernelInstance {
    /** Gas set before every call: far more than any run uses, so a run never stops for gas. */
    private static final long UNLIMITED_GAS = Long.MAX_VALUE / 2;

    private final ModuleInstance instance;
    private final MethodHandle run;
    /** The gas counter's global index, or -1 when unmetered. */
    private final int gasGlobal;

    private JfvmKernelInstance(ModuleInstance instance, MethodHandle run, int gasGlobal) {
        this.instance = instance;
        this.run = run;
        this.gasGlobal = gasGlobal;
    }

    static JfvmKernelInstance compile(byte[] wasm, String export, boolean metered) {
        List<Pass> passes = metered ? FvmInstrumentation.passes(Kernel.prices()) : List.of();
        CompiledModule compiled = new WasmCompiler(new CompileOptions(passes, true)).compile(wasm);
        ModuleInstance instance = compiled.instantiate(new Imports());
        MethodHandle run = instance.function(export).handle();
        if (!run.type().equals(MethodType.methodType(long.class, int.class))) {
            throw new IllegalArgumentException("export \"" + export + "\" is " + run.type() + ", not (i32) -> i64");
        }
        return new JfvmKernelInstance(instance, run, metered ? SyscallContext.gasCounterGlobal(compiled) : -1);
    }

    @Override
    public long run(int iterations) {
        if (gasGlobal >= 0) {
            instance.setGlobal(gasGlobal, UNLIMITED_GAS);
        }
        try {
            return (long) run.invokeExact(iterations);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public byte[] resultBytes(String name, int length) {
        if (gasGlobal >= 0) {
            instance.setGlobal(gasGlobal, UNLIMITED_GAS);
        }
        int address = (Integer) instance.function(name).invoke()[0];
        return Arrays.copyOfRange(instance.memory.bytes, address, address + length);
    }
}
