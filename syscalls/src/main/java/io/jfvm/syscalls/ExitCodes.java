package io.jfvm.syscalls;

import io.jfvm.compiler.rt.LinkException;
import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.TrapKind;
import io.jfvm.ipld.types.ExitCode;

/**
 * How an actor invocation ends, as the call manager sees it (ref-fvm {@code call_manager/default.rs} and
 * {@code syscalls/error.rs}):
 * <ol>
 *   <li>after {@code invoke} returns or throws, {@link SyscallContext#chargeForExec()} runs first; running out
 *       of gas there wins over whatever ended the call (so a negative wasm counter, which traps with
 *       {@code unreachable} in the gas function, becomes OutOfGas, exit 7);</li>
 *   <li>an {@link Abort} from a syscall keeps its meaning ({@code vm.exit} code, OutOfGas, Fatal);</li>
 *   <li>a wasm {@link Trap} becomes {@code Exit(SYS_ILLEGAL_INSTRUCTION = 4)}, except a JVM stack overflow
 *       ({@link TrapKind#CALL_STACK_EXHAUSTED}), which the deterministic stack limiter should always pre-empt:
 *       jfvm treats it as Fatal (DESIGN.md, determinism rules);</li>
 *   <li>anything else (an unknown import at link time, a syscall error escaping, any other exception) is
 *       Fatal: exit 10 with all gas consumed.</li>
 * </ol>
 * Resolving an exit data block or a returned block id (unknown returned id: exit 11; unknown exit block:
 * Fatal) needs the block registry and is the call manager's.
 */
public final class ExitCodes {
    private ExitCodes() {}

    /**
     * Settles exec gas after {@code invoke} and classifies how it ended.
     *
     * @param ctx the instance's syscall context (attached, gas synced before invoke)
     * @param thrown what {@code invoke} threw, or null when it returned normally
     * @return null when the invocation succeeded (the return value stands), otherwise the abort
     */
    public static Abort afterInvoke(SyscallContext ctx, Throwable thrown) {
        try {
            ctx.chargeForExec();
        } catch (Abort a) {
            return a;
        }
        return thrown == null ? null : toAbort(thrown);
    }

    /** Maps anything thrown out of wasm code or instantiation to an {@link Abort}. */
    public static Abort toAbort(Throwable t) {
        if (t instanceof Abort a) {
            return a;
        }
        if (t instanceof Trap trap) {
            if (trap.kind() == TrapKind.CALL_STACK_EXHAUSTED) {
                return Abort.fatal("JVM stack exhausted before the wasm stack limit", trap);
            }
            return Abort.exit(ExitCode.SYS_ILLEGAL_INSTRUCTION, trap.kind().message, 0);
        }
        if (t instanceof StackOverflowError) {
            return Abort.fatal("JVM stack exhausted before the wasm stack limit", t);
        }
        if (t instanceof LinkException) {
            return Abort.fatal("cannot link actor: " + t.getMessage(), t);
        }
        if (t instanceof SyscallException e) {
            return Abort.fatal("unexpected syscall error: " + e, e);
        }
        return Abort.fatal("unexpected error in actor execution: " + t, t);
    }

    /** The receipt exit code of an abort: the exit's code, 7 for OutOfGas, 10 for Fatal. */
    public static int exitCode(Abort abort) {
        if (abort instanceof Abort.Exit e) {
            return e.exitCode();
        }
        if (abort instanceof Abort.OutOfGas) {
            return ExitCode.SYS_OUT_OF_GAS;
        }
        return ExitCode.SYS_ASSERTION_FAILED;
    }

    /** Convenience: the exit code for anything thrown out of an invocation (after exec gas was settled). */
    public static int exitCode(Throwable t) {
        return exitCode(toAbort(t));
    }
}
