package io.jfvm.runtime.call;

/**
 * Runs actor code: the seam between the call manager and the engine plus kernel. The call manager has done
 * everything up to the point where code must run ({@link Invocation}); an implementation instantiates the
 * receiver's code for the machine's FVM line, runs {@code invoke(params_id)} with syscalls bound to a kernel over
 * {@code callManager}, settles the wasm gas counter, and maps the outcome:
 *
 * <ul>
 *   <li>a normal return of block id r: {@code InvocationResult(0, block r)} (r = 0: no value; an unknown r:
 *       exit 11, {@code SYS_MISSING_RETURN});</li>
 *   <li>an actor exit or a trap: {@code InvocationResult(code, value)} (v2: never a value);</li>
 *   <li>running out of gas: {@link io.jfvm.ipld.types.OutOfGas}; a broken invariant (missing code, missing
 *       {@code memory} or {@code invoke} export in v2/v3, unknown import): {@link io.jfvm.ipld.types.Fatal}.</li>
 * </ul>
 *
 * The call manager charges for the returned value and handles transactions around the call; nested sends
 * go back through {@link CallManager#send}.
 */
@FunctionalInterface
public interface ActorCodeRunner {
    InvocationResult invoke(CallManager callManager, Invocation invocation);

    /**
     * The runner used until an engine is plugged in: it refuses to run code with
     * {@link ActorCodeUnavailableException}, so a message that needs actor code gets no receipt at all rather
     * than a made-up one.
     */
    ActorCodeRunner UNAVAILABLE = (cm, inv) -> {
        String name = cm.machine().builtinActors().nameOf(inv.receiverState().code());
        throw new ActorCodeUnavailableException("actor code execution not available: method " + Long.toUnsignedString(inv.method())
                + " of " + (name == null ? "non-builtin" : name) + " actor f0" + Long.toUnsignedString(inv.to())
                + " (code " + inv.receiverState().code() + ")");
    };
}
