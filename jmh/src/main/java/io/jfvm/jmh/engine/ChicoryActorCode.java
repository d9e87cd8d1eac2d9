package io.jfvm.jmh.engine;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.rt.LinkException;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.compiler.rt.ResourceLimiter;
import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.TrapKind;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.runtime.engine.ActorCode;
import io.jfvm.runtime.engine.ActorInstance;
import io.jfvm.syscalls.SyscallBinder.BoundSyscall;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Actor code loaded by {@link ChicoryEngine}: the instrumented module, parsed (and compiled) once. */
final class ChicoryActorCode implements ActorCode {
    private static final FuncType INVOKE_TYPE = new FuncType(List.of(io.jfvm.compiler.ir.ValType.I32),
            List.of(io.jfvm.compiler.ir.ValType.I32));
    private static final MethodHandle LONG_ELEMENT = MethodHandles.arrayElementGetter(long[].class);

    private final Module shape;
    private final WasmModule module;
    /** Chicory's compiled machine, or null for its interpreter. */
    private final Function<Instance, Machine> machine;
    private final Import gasCounter;
    private final boolean hasInvoke;

    ChicoryActorCode(Module shape, WasmModule module, Function<Instance, Machine> machine) {
        this.shape = shape;
        this.module = module;
        this.machine = machine;
        this.gasCounter = shape.imports(ExternKind.GLOBAL).stream()
                .filter(i -> i.module().equals(FvmInstrumentation.GAS_MODULE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("instrumented module imports no gas counter"));
        this.hasInvoke = shape.exports().stream().anyMatch(e -> e.name().equals("invoke")
                && e.kind() == ExternKind.FUNCTION && shape.functionType(e.index()).equals(INVOKE_TYPE));
    }

    @Override
    public Module shape() {
        return shape;
    }

    /**
     * The limiter applies to the memory (jfvm's {@link Memory} backs Chicory's); Chicory's tables are not limited,
     * which no builtin actor comes near.
     */
    @Override
    public ActorInstance instantiate(List<BoundSyscall> syscalls, ResourceLimiter limiter) {
        GlobalInstance gas = new GlobalInstance(Value.i64(0), MutabilityType.Var);
        ImportValues imports = ImportValues.builder()
                .withFunctions(hostFunctions(syscalls))
                .addGlobal(new ImportGlobal(gasCounter.module(), gasCounter.name(), gas))
                .build();
        ChicoryMemory[] memory = new ChicoryMemory[1];
        Instance.Builder b = Instance.builder(module).withImportValues(imports).withMemoryFactory(limits ->
                memory[0] = new ChicoryMemory(new Memory(limits.initialPages(), limits.maximumPages(), limiter)));
        if (machine != null) {
            b.withMachineFactory(machine);
        }
        Instance instance = b.build();
        boolean memoryExported = shape.exports().stream()
                .anyMatch(e -> e.kind() == ExternKind.MEMORY && e.name().equals("memory"));
        return new ChicoryActorInstance(memoryExported ? memory[0].jfvmMemory() : null, gas,
                hasInvoke ? instance.export("invoke") : null);
    }

    /** The module's function imports, each a syscall adapted to Chicory's {@code long[]} calling convention. */
    private List<ImportFunction> hostFunctions(List<BoundSyscall> syscalls) {
        List<ImportFunction> out = new ArrayList<>();
        for (Import imp : shape.imports(ExternKind.FUNCTION)) {
            BoundSyscall s = syscalls.stream().filter(c -> c.module().equals(imp.module()) && c.name().equals(imp.name()))
                    .findFirst().orElseThrow(() -> new LinkException("unknown import " + imp.module() + "."
                            + imp.name()));
            FuncType type = shape.types().get(imp.typeIndex());
            if (!type.equals(s.type())) {
                throw new LinkException("import " + imp.module() + "." + imp.name() + " has type " + type
                        + ", the syscall " + s.type());
            }
            MethodHandle call = fromLongArray(s.handle());
            out.add(new HostFunction(s.module(), s.name(), functionType(type), (inst, args) -> {
                try {
                    return new long[] {(int) call.invokeExact(args)};
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            }));
        }
        return out;
    }

    /** (int|long ...)int as (long[])int: argument i is element i, narrowed to int where the syscall takes one. */
    private static MethodHandle fromLongArray(MethodHandle h) {
        int n = h.type().parameterCount();
        MethodType wide = MethodType.methodType(int.class, java.util.Collections.nCopies(n, long.class));
        MethodHandle m = MethodHandles.explicitCastArguments(h, wide);
        for (int i = 0; i < n; i++) {
            m = MethodHandles.filterArguments(m, i, MethodHandles.insertArguments(LONG_ELEMENT, 1, i));
        }
        return MethodHandles.permuteArguments(m, MethodType.methodType(int.class, long[].class), new int[n]);
    }

    private static FunctionType functionType(FuncType t) {
        return FunctionType.of(t.params().stream().map(ChicoryActorCode::valType).toList(),
                t.results().stream().map(ChicoryActorCode::valType).toList());
    }

    private static ValType valType(io.jfvm.compiler.ir.ValType v) {
        return switch (v) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
            default -> throw new IllegalArgumentException("syscall value type " + v);
        };
    }

    /** A Chicory instance seen as an actor instance; Chicory's traps become jfvm {@link Trap}s. */
    private record ChicoryActorInstance(Memory exportedMemory, GlobalInstance gas, ExportFunction entry)
            implements ActorInstance {
        @Override
        public long gasCounter() {
            return gas.getValue();
        }

        @Override
        public void setGasCounter(long milligas) {
            gas.setValue(milligas);
        }

        @Override
        public boolean hasInvoke() {
            return entry != null;
        }

        @Override
        public int invoke(int paramsId) {
            try {
                return (int) entry.apply(paramsId)[0];
            } catch (ChicoryException e) {
                throw trap(e);
            } catch (StackOverflowError e) {
                throw new Trap(TrapKind.CALL_STACK_EXHAUSTED, e);
            }
        }

        /** A Chicory trap by its specification message; anything else is not a trap and stays as it is. */
        private static RuntimeException trap(ChicoryException e) {
            String message = String.valueOf(e.getMessage());
            for (TrapKind k : TrapKind.values()) {
                if (message.startsWith(k.message)) {
                    return new Trap(k, e);
                }
            }
            if (message.startsWith("undefined element") || message.startsWith("uninitialized element")) {
                return new Trap(TrapKind.UNINITIALIZED_ELEMENT, e);
            }
            return e;
        }
    }
}
