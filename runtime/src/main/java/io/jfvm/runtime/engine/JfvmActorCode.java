package io.jfvm.runtime.engine;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.compiler.rt.ResourceLimiter;
import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.TrapKind;
import io.jfvm.syscalls.InstanceAccess;
import io.jfvm.syscalls.SyscallBinder;
import io.jfvm.syscalls.SyscallContext;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** Actor code compiled by jfvm: instances are the generated classes, linked to the syscalls as imports. */
final class JfvmActorCode implements ActorCode {
    private static final FuncType INVOKE_TYPE = new FuncType(List.of(ValType.I32), List.of(ValType.I32));

    private final CompiledModule module;
    private final int gasGlobal;

    JfvmActorCode(CompiledModule module) {
        this.module = module;
        this.gasGlobal = SyscallContext.gasCounterGlobal(module);
    }

    @Override
    public Module shape() {
        return module.shape();
    }

    @Override
    public ActorInstance instantiate(List<SyscallBinder.BoundSyscall> syscalls, ResourceLimiter limiter) {
        ModuleInstance instance = module.instantiate(SyscallBinder.imports(syscalls), limiter);
        Object invoke = instance.exports().get("invoke");
        MethodHandle entry = invoke instanceof FuncRef f && f.type.equals(INVOKE_TYPE) ? f.handle() : null;
        return new Instance(InstanceAccess.of(instance, gasGlobal), entry);
    }

    /** {@code entry}: the {@code invoke} export's handle, of type (int)int, or null when there is none. */
    private record Instance(InstanceAccess access, MethodHandle entry) implements ActorInstance {
        @Override
        public Memory exportedMemory() {
            return access.exportedMemory();
        }

        @Override
        public long gasCounter() {
            return access.gasCounter();
        }

        @Override
        public void setGasCounter(long milligas) {
            access.setGasCounter(milligas);
        }

        @Override
        public boolean hasInvoke() {
            return entry != null;
        }

        @Override
        public int invoke(int paramsId) {
            try {
                return (int) entry.invokeExact(paramsId);
            } catch (StackOverflowError e) {
                throw new Trap(TrapKind.CALL_STACK_EXHAUSTED, e);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
