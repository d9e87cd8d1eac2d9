package io.jfvm.runtime.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.call.ActorCodeUnavailableException;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.testing.SmallState;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Executor and call-manager rules on small complete states built over the shared bundles' manifests. Test
 * runners stand in for actor code where a rule needs it.
 */
class ExecutorTest {
    private record Setup(Machine machine, Message message) {}

    /** The on-chain length the vectors' runner uses for an f1 sender: the message plus 69 bytes of signature. */
    private static int rawLength(Message m) {
        return m.encode().length + 69;
    }

    static final long SENDER_ID = SmallState.SENDER_ID;
    static final long RECEIVER_ID = 101;

    /**
     * A complete small state (vector states are partial, so unknown addresses cannot be registered in them):
     * system, init, reward, burnt funds, an account sender f0100 (an f1 address) and an account receiver f0101.
     */
    private static Setup setup(int nv) {
        SmallState state = SmallState.create(nv);
        state.tree.setActor(RECEIVER_ID, ActorState.empty(state.manifest.codeOf("account"), null));
        Message m = new Message(0, Address.id(RECEIVER_ID), state.sender, 0, TokenAmount.ZERO, 10_000_000,
                TokenAmount.ofAtto(1000), TokenAmount.ofAtto(10), 0, new byte[0]);
        return new Setup(state.machine(true), m);
    }

    private static Message withTo(Message m, Address to, TokenAmount value, long method) {
        return new Message(m.version(), to, m.from(), m.sequence(), value, m.gasLimit() * 10, m.gasFeeCap(),
                m.gasPremium(), method, m.params());
    }

    @Test
    void inclusionAboveTheLimitIsOutOfGasWithoutStateChange() {
        Setup s = setup(18);
        Message m = s.message();
        Message tiny = new Message(m.version(), m.to(), m.from(), m.sequence(), m.value(), 1000, m.gasFeeCap(),
                m.gasPremium(), m.methodNum(), m.params());
        ApplyRet ret = new Executor(s.machine(), ActorCodeRunner.UNAVAILABLE).execute(tiny, ApplyKind.EXPLICIT, rawLength(tiny));
        assertEquals(ExitCode.SYS_OUT_OF_GAS, ret.receipt().exitCode());
        assertEquals(0, ret.receipt().gasUsed());
        assertEquals(s.machine().context().initialStateRoot(), s.machine().flush());
    }

    @Test
    void wrongNonceIsSenderStateInvalid() {
        Setup s = setup(17);
        Message m = s.message();
        Message wrong = new Message(m.version(), m.to(), m.from(), m.sequence() + 1, m.value(), m.gasLimit(),
                m.gasFeeCap(), m.gasPremium(), m.methodNum(), m.params());
        ApplyRet ret = new Executor(s.machine(), ActorCodeRunner.UNAVAILABLE).execute(wrong, ApplyKind.EXPLICIT, rawLength(wrong));
        assertEquals(ExitCode.SYS_SENDER_STATE_INVALID, ret.receipt().exitCode());
        assertEquals(0, ret.receipt().gasUsed());
    }

    @Test
    void v2SendToANewKeyAddressCreatesAnAccountAndRunsItsConstructor() {
        Setup s = setup(17);
        Address fresh = Address.secp256k1FromPublicKey(filled(65, 7));
        AtomicInteger constructors = new AtomicInteger();
        ActorCodeRunner runner = (cm, inv) -> {
            assertEquals(1, inv.method());
            assertEquals(0, inv.from());
            constructors.incrementAndGet();
            return InvocationResult.EMPTY_OK;
        };
        Message send = withTo(s.message(), fresh, TokenAmount.ofAtto(5), 0);
        ApplyRet ret = new Executor(s.machine(), runner).execute(send, ApplyKind.EXPLICIT, rawLength(send));
        assertEquals(ExitCode.OK, ret.receipt().exitCode(), ret.failureInfo());
        assertEquals(1, constructors.get());
        // OnChainMessage + OnCreateActor 1,207,254 + the constructor's OnMethodInvocation 23,856 + the send's 216,405.
        assertEquals(85_663 + 1_300L * rawLength(send) + 1_207_254 + 23_856 + 216_405, ret.receipt().gasUsed());
        ActorState created = s.machine().stateTree().getActor(fresh).orElseThrow();
        assertEquals(s.machine().builtinActors().codeOf("account"), created.code());
        assertEquals(TokenAmount.ofAtto(5), created.balance());
    }

    @Test
    void v3SendToANewEamAddressCreatesAPlaceholder() {
        Setup s = setup(18);
        Address f4 = Address.delegated(Address.EAM_NAMESPACE, filled(20, 3));
        Message send = withTo(s.message(), f4, TokenAmount.ZERO, 0);
        ApplyRet ret = new Executor(s.machine(), ActorCodeRunner.UNAVAILABLE).execute(send, ApplyKind.EXPLICIT,
                rawLength(send));
        assertEquals(ExitCode.OK, ret.receipt().exitCode(), ret.failureInfo());
        assertEquals(560_663 + 1_300L * rawLength(send) + 2_700_000 + 500_000 + 475_000, ret.receipt().gasUsed());
        ActorState created = s.machine().stateTree().getActor(f4).orElseThrow();
        assertEquals(s.machine().builtinActors().codeOf("placeholder"), created.code());
        assertEquals(f4, created.delegatedAddress());
    }

    @Test
    void codeThatCannotRunIsReportedNotFaked() {
        Setup s = setup(18);
        ActorCodeUnavailableException e = assertThrows(ActorCodeUnavailableException.class, () ->
                new Executor(s.machine(), ActorCodeRunner.UNAVAILABLE)
                        .execute(withTo(s.message(), s.message().to(), TokenAmount.ZERO, 2), ApplyKind.EXPLICIT, 100));
        assertTrue(e.getMessage().contains("method 2 of account actor f0101"), e.getMessage());
        assertTrue(!s.machine().stateTree().inTransaction());
    }

    @Test
    void aJavaExceptionInActorCodeIsFatalWithAllGasUsed() {
        Setup s = setup(18);
        Message call = withTo(s.message(), s.message().to(), TokenAmount.ZERO, 2);
        ApplyRet ret = new Executor(s.machine(), (cm, inv) -> {
            throw new IllegalStateException("broken invariant");
        }).execute(call, ApplyKind.EXPLICIT, rawLength(call));
        assertEquals(ExitCode.SYS_ASSERTION_FAILED, ret.receipt().exitCode());
        assertEquals(call.gasLimit(), ret.receipt().gasUsed());
        assertTrue(ret.failureInfo().contains("broken invariant"), ret.failureInfo());
        assertTrue(!s.machine().stateTree().inTransaction());
    }

    @Test
    void callDepthLimitPerLine() {
        assertEquals(1025, maxDepth(17)); // v2: depth > 1024 checked before counting
        assertEquals(1024, maxDepth(18)); // v3: depth >= 1024
    }

    /** Sends recursively to the receiver until the call manager refuses; returns the deepest depth reached. */
    private static int maxDepth(int nv) {
        Setup s = setup(nv);
        AtomicInteger deepest = new AtomicInteger();
        ActorCodeRunner recurse = (cm, inv) -> {
            deepest.set(Math.max(deepest.get(), cm.callStackDepth()));
            try {
                cm.send(inv.to(), Address.id(inv.to()), 2, null, TokenAmount.ZERO, null, false);
            } catch (SyscallError e) {
                assertEquals(ErrorNumber.LIMIT_EXCEEDED, e.number());
            }
            return InvocationResult.EMPTY_OK;
        };
        Message m = s.message();
        Message call = new Message(m.version(), m.to(), m.from(), m.sequence(), TokenAmount.ZERO, 10_000_000_000L,
                m.gasFeeCap(), m.gasPremium(), 2, new byte[0]);
        ApplyRet[] ret = new ApplyRet[1];
        Thread t = new Thread(null, () -> ret[0] = new Executor(s.machine(), recurse).execute(call, ApplyKind.EXPLICIT,
                rawLength(call)), "deep", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals(ExitCode.OK, ret[0].receipt().exitCode(), ret[0].failureInfo());
        return deepest.get();
    }

    @Test
    void v3SubCallOutOfGasIsAFailedCallForTheCaller() {
        Setup s = setup(18);
        InvocationResult[] inner = new InvocationResult[1];
        Message m = s.message();
        Message call = new Message(m.version(), m.to(), m.from(), m.sequence(), TokenAmount.ZERO, m.gasLimit(),
                m.gasFeeCap(), m.gasPremium(), 2, new byte[0]);
        // A 1 atto send to f099 costs OnValueTransfer (6,000 gas): more than its 1,000-gas sub-limit.
        ApplyRet ret = new Executor(s.machine(), (cm, inv) -> {
            if (cm.callStackDepth() == 1) {
                inner[0] = cm.send(inv.to(), Address.id(99), 0, null, TokenAmount.ofAtto(1), 1_000_000L, false);
            }
            return InvocationResult.EMPTY_OK;
        }).execute(call, ApplyKind.EXPLICIT, rawLength(call));
        assertEquals(ExitCode.OK, ret.receipt().exitCode(), ret.failureInfo());
        assertEquals(ExitCode.SYS_OUT_OF_GAS, inner[0].exitCode());
    }

    private static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }
}
