package io.jfvm.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.executor.ApplyKind;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.testing.SmallState;
import io.jfvm.syscalls.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small WAT actors run through the executor, the engine runner and the default kernel on a complete small state
 * over the shared bundles' manifests: the exit-code mapping of traps and aborts, fatal errors (exit 10, all gas),
 * the missing-return rule, and 1024+ nested sends each at the deepest wasm stack (the call-depth limit, not the JVM
 * stack, ends the recursion).
 */
class EngineActorCodeRunnerTest {
    static final long SENDER_ID = SmallState.SENDER_ID;
    static final long ACTOR_ID = 200;
    static final long GAS_LIMIT = 10_000_000_000L;
    /** Runs one message from the f1 sender to an actor f0200 whose code is {@code wat}. */
    static ApplyRet run(int nv, String wat) {
        SmallState state = SmallState.create(nv);
        Cid code = state.store.put(Multicodec.RAW, TestSupport.wat2wasm(wat));
        state.tree.setActor(ACTOR_ID, ActorState.empty(code, null));
        Message m = new Message(0, Address.id(ACTOR_ID), state.sender, 0, TokenAmount.ZERO, GAS_LIMIT,
                TokenAmount.ofAtto(100), TokenAmount.ofAtto(1), 2, new byte[0]);
        Executor executor = new Executor(state.machine(false),
                SmallState.runner());
        return executor.execute(m, ApplyKind.EXPLICIT, m.encode().length + 69);
    }

    static String module(String imports, String body) {
        return "(module\n" + imports + "\n (memory (export \"memory\") 1)\n" + body + "\n)";
    }

    static String invoke(String code) {
        return module("", "(func (export \"invoke\") (param i32) (result i32) " + code + ")");
    }

    static int exit(int nv, String wat) {
        return run(nv, wat).receipt().exitCode();
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21, 28})
    void returningNoBlockSucceeds(int nv) {
        ApplyRet r = run(nv, invoke("i32.const 0"));
        assertEquals(ExitCode.OK, r.receipt().exitCode());
        assertTrue(r.receipt().gasUsed() < GAS_LIMIT);
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21, 28})
    void unknownReturnBlockIsMissingReturn(int nv) {
        assertEquals(ExitCode.SYS_MISSING_RETURN, exit(nv, invoke("i32.const 42")));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21, 28})
    void trapsAreIllegalInstruction(int nv) {
        assertEquals(ExitCode.SYS_ILLEGAL_INSTRUCTION, exit(nv, invoke("unreachable")));
        assertEquals(ExitCode.SYS_ILLEGAL_INSTRUCTION, exit(nv, invoke("i32.const 1 local.get 0 i32.div_u")));
        assertEquals(ExitCode.SYS_ILLEGAL_INSTRUCTION, exit(nv, module("",
                "(func $r (result i32) call $r) (func (export \"invoke\") (param i32) (result i32) call $r)")));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21, 28})
    void infiniteLoopRunsOutOfGas(int nv) {
        ApplyRet r = run(nv, invoke("(loop $l br $l) i32.const 0"));
        assertEquals(ExitCode.SYS_OUT_OF_GAS, r.receipt().exitCode());
        assertEquals(GAS_LIMIT, r.receipt().gasUsed());
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21, 28})
    void brokenModulesAreFatal(int nv) {
        ApplyRet unknownImport = run(nv, module("(import \"nope\" \"nothing\" (func (result i32)))",
                "(func (export \"invoke\") (param i32) (result i32) i32.const 0)"));
        assertEquals(ExitCode.SYS_ASSERTION_FAILED, unknownImport.receipt().exitCode());
        assertEquals(GAS_LIMIT, unknownImport.receipt().gasUsed());
        ApplyRet noInvoke = run(nv, module("", "(func (export \"call\") (param i32) (result i32) i32.const 0)"));
        if (nv >= 21) {
            // fvm-v4-deltas.md §8.3: from v4 a missing entrypoint is exit 5 with normal gas accounting.
            assertEquals(ExitCode.SYS_INVALID_RECEIVER, noInvoke.receipt().exitCode());
            assertTrue(noInvoke.receipt().gasUsed() < GAS_LIMIT);
        } else {
            assertEquals(ExitCode.SYS_ASSERTION_FAILED, noInvoke.receipt().exitCode());
            assertEquals(GAS_LIMIT, noInvoke.receipt().gasUsed());
        }
        ApplyRet wrongType = run(nv, module("", "(func (export \"invoke\") (result i32) i32.const 0)"));
        assertEquals(ExitCode.SYS_ASSERTION_FAILED, wrongType.receipt().exitCode(), "an invoke of the wrong type");
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21, 28})
    void exitCodes(int nv) {
        String imp = nv <= 17 ? "(import \"vm\" \"abort\" (func $exit (param i32 i32 i32) (result i32)))"
                : "(import \"vm\" \"exit\" (func $exit (param i32 i32 i32 i32) (result i32)))";
        String args = nv <= 17 ? "i32.const 0 i32.const 0" : "i32.const 0 i32.const 0 i32.const 0";
        assertEquals(20, exit(nv, module(imp, "(func (export \"invoke\") (param i32) (result i32) i32.const 20 "
                + args + " call $exit)")));
        assertEquals(ExitCode.SYS_ILLEGAL_EXIT_CODE, exit(nv, module(imp,
                "(func (export \"invoke\") (param i32) (result i32) i32.const 3 " + args + " call $exit)")));
    }

    /**
     * Every level recurses {@code depth} wasm frames, then sends to itself; a level whose send fails with a syscall
     * error exits with 100 + the error number, and every other level exits with its callee's exit code.
     */
    static String nestedSender(int nv, int depth) {
        boolean v2 = nv <= 17;
        String imports = v2
                ? "(import \"send\" \"send\" (func $send (param i32 i32 i32 i64 i32 i64 i64) (result i32)))\n"
                        + "(import \"vm\" \"abort\" (func $exit (param i32 i32 i32) (result i32)))"
                : "(import \"send\" \"send\" (func $send (param i32 i32 i32 i64 i32 i64 i64 i64 i64) (result i32)))\n"
                        + "(import \"vm\" \"exit\" (func $exit (param i32 i32 i32 i32) (result i32)))";
        String sendArgs = "i32.const 64 i32.const 0 i32.const 3 i64.const 2 i32.const 0 i64.const 0 i64.const 0"
                + (v2 ? "" : " i64.const -1 i64.const 0");
        String exitTail = v2 ? "i32.const 0 i32.const 0" : "i32.const 0 i32.const 0 i32.const 0";
        return module(imports,
                "(data (i32.const 0) \"\\00\\c8\\01\")\n"
                + "(func $dosend (result i32) (local $e i32)\n"
                + "  " + sendArgs + " call $send local.tee $e\n"
                + "  if i32.const 100 local.get $e i32.add " + exitTail + " call $exit drop end\n"
                + "  i32.const 64 i32.load local.tee $e\n"
                + "  if local.get $e " + exitTail + " call $exit drop end\n"
                + "  i32.const 0)\n"
                + "(func $deep (param $n i32) (result i32)\n"
                + "  local.get $n if (result i32) local.get $n i32.const 1 i32.sub call $deep else call $dosend end)\n"
                + "(func (export \"invoke\") (param i32) (result i32) i32.const " + depth + " call $deep)");
    }

    /** The deepest recursion of {@link #nestedSender} that the 2048-unit wasm stack limit allows. */
    static final int DEEPEST = 507;

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21})
    void nestedCallsAtTheDeepestWasmStackEndAtTheCallDepthLimit(int nv) {
        // One frame more than DEEPEST overflows the wasm stack in the first actor: DEEPEST is the deepest.
        assertEquals(ExitCode.SYS_ILLEGAL_INSTRUCTION, exit(nv, nestedSender(nv, DEEPEST + 1)));
        // Every level at the deepest wasm stack, until the call depth limit refuses the send (LimitExceeded = 3).
        ApplyRet r = run(nv, nestedSender(nv, DEEPEST));
        assertEquals(103, r.receipt().exitCode(), () -> "failure: " + r.failureInfo());
    }



    static String emitter(String after) {
        return module("(import \"event\" \"emit_event\" (func $emit (param i32 i32) (result i32)))\n"
                + "(import \"vm\" \"exit\" (func $exit (param i32 i32 i32 i32) (result i32)))",
                "(data (i32.const 0) \"\\81\\84\\03\\61\\6b\\18\\55\\41\\01\")\n"
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 i32.const 9 call $emit if unreachable end " + after + ")");
    }

    @org.junit.jupiter.api.Test
    void eventsOfASuccessfulMessageHaveARootAndFailedOnesAreDropped() {
        ApplyRet ok = run(18, emitter("i32.const 0"));
        assertEquals(ExitCode.OK, ok.receipt().exitCode(), () -> "failure: " + ok.failureInfo());
        assertTrue(ok.receipt().eventsRoot() != null, "a successful message with an event has an events root");
        ApplyRet failed = run(18, emitter("i32.const 20 i32.const 0 i32.const 0 i32.const 0 call $exit"));
        assertEquals(20, failed.receipt().exitCode());
        assertEquals(null, failed.receipt().eventsRoot());
    }


    static String hexEscaped(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("\\%02x", x & 0xFF));
        }
        return sb.toString();
    }

    /** An actor calling {@code actor.create_actor(300, code)}: exit 100 + error number on failure, else 0. */
    static String creator(int nv, String codeName) {
        boolean v2 = nv <= 17;
        Cid code = SmallState.manifest(nv).codeOf(codeName);
        String imports = v2
                ? "(import \"actor\" \"create_actor\" (func $create (param i64 i32) (result i32)))\n"
                        + "(import \"vm\" \"abort\" (func $exit (param i32 i32 i32) (result i32)))"
                : "(import \"actor\" \"create_actor\" (func $create (param i64 i32 i32 i32) (result i32)))\n"
                        + "(import \"vm\" \"exit\" (func $exit (param i32 i32 i32 i32) (result i32)))";
        String call = v2 ? "i64.const 300 i32.const 0 call $create"
                : "i64.const 300 i32.const 0 i32.const 0 i32.const 0 call $create";
        String exitTail = v2 ? "i32.const 0 i32.const 0" : "i32.const 0 i32.const 0 i32.const 0";
        return module(imports, "(data (i32.const 0) \"" + hexEscaped(code.toBytes()) + "\")\n"
                + "(func (export \"invoke\") (param i32) (result i32) (local $e i32)\n"
                + "  " + call + " local.tee $e\n"
                + "  if i32.const 100 local.get $e i32.add " + exitTail + " call $exit drop end\n"
                + "  i32.const 0)");
    }

    @org.junit.jupiter.api.Test
    void v2CreateActorRules() {
        // Singletons are Forbidden (11); any other builtin actor may be created by any caller in v2.
        assertEquals(111, exit(17, creator(17, "init")));
        assertEquals(ExitCode.OK, exit(17, creator(17, "account")));
    }

    @org.junit.jupiter.api.Test
    void v3CreateActorIsForTheInitActorOnly() {
        assertEquals(111, exit(18, creator(18, "account")));
    }
}
