package io.jfvm.runtime.engine;

import io.jfvm.syscalls.InstanceAccess;

/** A live instance of {@link ActorCode}: its memory and gas counter for the syscalls, and its entry point. */
public interface ActorInstance extends InstanceAccess {
    /** Whether the module exports {@code invoke} as a function of type {@code (i32) -> i32}. */
    boolean hasInvoke();

    /**
     * Runs {@code invoke(paramsId)} and returns its result. Whatever stops it (a trap, an abort from a syscall) is
     * thrown as the engine-neutral exception: a wasm trap as {@link io.jfvm.compiler.rt.Trap}, a syscall's
     * {@link io.jfvm.syscalls.Abort} unchanged.
     */
    int invoke(int paramsId);
}
