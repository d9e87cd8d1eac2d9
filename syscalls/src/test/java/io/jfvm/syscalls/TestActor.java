package io.jfvm.syscalls;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.ModuleInstance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A WAT test actor importing every syscall of a line and exporting a pass-through wrapper for each
 * ({@code "module.name"}), plus trap helpers; compiled with the FVM instrumentation and linked to a kernel.
 */
final class TestActor {
    private static final Map<Integer, CompiledModule> CACHE = new ConcurrentHashMap<>();

    final TestKernel kernel;
    final SyscallAbi abi;
    final SyscallBinder.Linked linked;
    final ModuleInstance instance;
    final int gasGlobal;

    private TestActor(TestKernel kernel, SyscallAbi abi, CompiledModule module) {
        this.kernel = kernel;
        this.gasGlobal = SyscallContext.gasCounterGlobal(module);
        this.abi = abi;
        this.linked = SyscallBinder.link(kernel, abi);
        this.instance = SyscallBinder.instantiate(linked, module);
        linked.context().updateGasAvailable();
    }

    /** nv 17 = FVM v2, nv 18 = FVM v3. */
    static TestActor create(int nv, long gasLimit) {
        SyscallAbi abi = TestSupport.abi(nv);
        CompiledModule m = CACHE.computeIfAbsent(nv, k -> TestSupport.compileFvm(TestSupport.wat2wasm(wat(abi)), k));
        return new TestActor(new TestKernel(nv, gasLimit), abi, m);
    }

    static String wat(SyscallAbi abi) {
        StringBuilder imports = new StringBuilder();
        StringBuilder funcs = new StringBuilder();
        for (SyscallAbi.Entry e : abi.imports()) {
            String id = "$" + e.module() + "_" + e.name();
            String params = params(e.type());
            imports.append("  (import \"").append(e.module()).append("\" \"").append(e.name()).append("\" (func ")
                    .append(id).append(params).append(" (result i32)))\n");
            funcs.append("  (func (export \"").append(e.key()).append("\")").append(params).append(" (result i32)");
            for (int i = 0; i < e.type().params().size(); i++) {
                funcs.append(" local.get ").append(i);
            }
            funcs.append(" call ").append(id).append(")\n");
        }
        return "(module\n" + imports
                + "  (memory (export \"memory\") 1)\n"
                + funcs
                + "  (func (export \"unreachable\") (result i32) unreachable)\n"
                + "  (func (export \"div0\") (param i32) (result i32) i32.const 1 local.get 0 i32.div_u)\n"
                + "  (func (export \"loop\") (result i32) (loop $l br $l) i32.const 0)\n"
                + "  (func $recurse (export \"recurse\") (result i32) call $recurse)\n"
                + "  (func (export \"grow\") (param i32) (result i32) local.get 0 memory.grow)\n"
                + ")\n";
    }

    private static String params(FuncType t) {
        StringBuilder sb = new StringBuilder();
        if (!t.params().isEmpty()) {
            sb.append(" (param");
            for (ValType v : t.params()) {
                sb.append(v == ValType.I64 ? " i64" : " i32");
            }
            sb.append(")");
        }
        return sb.toString();
    }

    SyscallContext ctx() {
        return linked.context();
    }

    byte[] mem() {
        return instance.memory.bytes;
    }

    /** Calls an export of the test actor (through wasm). */
    int call(String export, Object... args) {
        return (Integer) instance.function(export).invoke(args)[0];
    }

    /** Calls a syscall host function directly (no wasm in between, so the counter changes only by the test). */
    int host(String module, String name, Object... args) {
        FuncRef f = (FuncRef) linked.imports().get(module, name);
        return (Integer) f.invoke(args)[0];
    }

    long counter() {
        return ctx().gasCounter();
    }

    void setCounter(long milligas) {
        instance.setGlobal(gasGlobal, milligas);
    }
}
