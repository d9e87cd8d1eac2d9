package io.jfvm.syscalls;

import io.jfvm.compiler.rt.Memory;
import io.jfvm.compiler.rt.ModuleInstance;

/**
 * What the syscalls need of a running actor instance, whichever engine runs it: the exported {@code memory} the
 * syscalls read and write, and the wasm gas counter of the FVM's gas metering, which the gas hand-off reads after
 * wasm ran and writes before it runs again ({@link SyscallContext}).
 */
public interface InstanceAccess {
    /** The instance's exported {@code memory}, or null when it exports none. */
    Memory exportedMemory();

    /** The wasm gas counter, in milligas. */
    long gasCounter();

    /** Sets the wasm gas counter, in milligas. */
    void setGasCounter(long milligas);

    /**
     * A jfvm-compiled instance whose gas counter is the global intrinsic {@code gasGlobal}
     * ({@link SyscallContext#gasCounterGlobal}).
     */
    static InstanceAccess of(ModuleInstance instance, int gasGlobal) {
        Memory memory = instance.exports().get("memory") instanceof Memory m ? m : null;
        return new InstanceAccess() {
            @Override
            public Memory exportedMemory() {
                return memory;
            }

            @Override
            public long gasCounter() {
                return (Long) instance.getGlobal(gasGlobal);
            }

            @Override
            public void setGasCounter(long milligas) {
                instance.setGlobal(gasGlobal, milligas);
            }
        };
    }
}
