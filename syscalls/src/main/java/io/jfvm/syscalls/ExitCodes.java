package io.jfvm.syscalls;

import io.jfvm.compiler.rt.LinkException;
import io.jfvm.compiler.rt.ResourceLimitException;
import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.TrapKind;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.OutOfGas;

/**
 * How an actor invocation ends, as the call manager sees it (ref-fvm {@code call_manager/default.rs} and
 * {@code syscalls/error.rs}). The ending is one of three things: an {@link ActorExit} (the call's exit code and
 * data), {@link OutOfGas}, or {@link Fatal}:
 * <ol>
 *   <li>after {@code invoke} returns or throws, {@link SyscallContext#chargeForExec()} runs first; running out of gas
 *       there wins over whatever ended the call (so a negative wasm counter, which traps with {@code unreachable} in
 *       the gas function, becomes OutOfGas, exit 7);</li>
 *   <li>an {@link ActorExit}, {@link OutOfGas} or {@link Fatal} from a syscall keeps its meaning;</li>
 *   <li>a wasm {@link Trap}, or an instance whose initial memory or tables its limits refuse, becomes an exit with
 *       SYS_ILLEGAL_INSTRUCTION (4), except a JVM stack overflow
 *       ({@link TrapKind#CALL_STACK_EXHAUSTED}), which the deterministic stack limiter should always pre-empt: jfvm
 *       treats it as Fatal (DESIGN.md, determinism rules);</li>
 *   <li>anything else (an unknown import at link time, a syscall error escaping a syscall, any other exception) is
 *       Fatal: exit 10 with all gas consumed.</li>
 * </ol>
 * Resolving an exit data block or a returned block id (unknown returned id: exit 11; unknown exit block: Fatal)
 * needs the block registry and is the call manager's.
 */
public final class ExitCodes {
    private ExitCodes() {}

    /**
     * Settles exec gas after {@code invoke} and classifies how it ended.
     *
     * @param ctx the instance's syscall context (attached, gas synced before invoke)
     * @param thrown what {@code invoke} threw, or null when it returned normally
     * @return null when the invocation succeeded (the return value stands), otherwise the ending
     */
    public static RuntimeException afterInvoke(SyscallContext ctx, Throwable thrown) {
        try {
            ctx.chargeForExec();
        } catch (OutOfGas | Fatal e) {
            return e;
        }
        return thrown == null ? null : ending(thrown);
    }

    /** Maps anything thrown out of wasm code or instantiation to an {@link ActorExit}, {@link OutOfGas} or Fatal. */
    public static RuntimeException ending(Throwable t) {
        if (t instanceof ActorExit || t instanceof OutOfGas || t instanceof Fatal) {
            return (RuntimeException) t;
        }
        if (t instanceof Trap trap) {
            if (trap.kind() == TrapKind.CALL_STACK_EXHAUSTED) {
                return new Fatal("JVM stack exhausted before the wasm stack limit", trap);
            }
            return new ActorExit(ExitCode.SYS_ILLEGAL_INSTRUCTION, trap.kind().message, 0);
        }
        if (t instanceof StackOverflowError) {
            return new Fatal("JVM stack exhausted before the wasm stack limit", t);
        }
        if (t instanceof ResourceLimitException) {
            // ref-fvm v3/v4 map every instantiation failure after linking to SYS_ILLEGAL_INSTRUCTION.
            return new ActorExit(ExitCode.SYS_ILLEGAL_INSTRUCTION, "failed to instantiate module: " + t.getMessage(),
                    0);
        }
        if (t instanceof LinkException) {
            return new Fatal("cannot link actor: " + t.getMessage(), t);
        }
        return new Fatal("unexpected error in actor execution: " + t, t);
    }

    /**
     * The receipt exit code of anything that ended an invocation (after exec gas was settled): an exit's code, 7 for
     * OutOfGas, 10 for Fatal.
     */
    public static int exitCode(Throwable thrown) {
        RuntimeException ending = ending(thrown);
        if (ending instanceof ActorExit e) {
            return e.exitCode();
        }
        if (ending instanceof OutOfGas) {
            return ExitCode.SYS_OUT_OF_GAS;
        }
        return ExitCode.SYS_ASSERTION_FAILED;
    }
}
