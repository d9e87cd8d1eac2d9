package io.jfvm.runtime.engine;

import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.rt.ResourceLimiter;
import io.jfvm.syscalls.SyscallBinder;
import java.util.List;

/** One actor's instrumented code, loaded by a {@link WasmEngine}; instantiated once per invocation. */
public interface ActorCode {
    /** The instrumented module's shape (imports, exports, memories, tables) without running anything. */
    Module shape();

    /**
     * A new instance whose imports are {@code syscalls} and whose memory and tables grow only as far as
     * {@code limiter} allows. An import the syscalls do not provide fails here (Fatal for the call manager); initial
     * sizes the limiter refuses fail with {@link io.jfvm.compiler.rt.ResourceLimitException}.
     */
    ActorInstance instantiate(List<SyscallBinder.BoundSyscall> syscalls, ResourceLimiter limiter);
}
