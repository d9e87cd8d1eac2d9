package io.jfvm.runtime.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.price.Fip0057PriceList;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.testing.SmallState;
import io.jfvm.runtime.version.FvmRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ref-fvm's integration test {@code testing/integration/tests/basic_send_test.rs} (written for nv21), at every
 * network version from FVM v3 on: four method-0 sends from one account, with the exact sequence of charges each makes
 * (raw length 100). No actor code runs, so the runner refuses to run any.
 */
class BasicSendTest {
    record Case(Address to, long value, List<GasCharge> trace) {}

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28})
    void chargeSequences(int nv) {
        SmallState state = SmallState.create(nv);
        Fip0057PriceList p = (Fip0057PriceList) FvmRules.forNetworkVersion(nv).priceList();
        Address receiver = Address.delegated(Address.EAM_NAMESPACE, "foobar".getBytes());
        List<Case> cases = List.of(
                // A new f4 address: a placeholder is created (address assignment, then its lookup and update).
                new Case(receiver, 0, List.of(p.onChainMessage(100), p.onCreateActor(true), p.onActorLookup(),
                        p.onActorUpdate())),
                // It exists now, and the executor already resolved and read it.
                new Case(receiver, 0, List.of(p.onChainMessage(100))),
                // Value moves: the transfer and the receiver's update.
                new Case(receiver, 1, List.of(p.onChainMessage(100), p.onValueTransfer(), p.onActorUpdate())),
                // The EAM (f010) is preloaded: its update is prepaid.
                new Case(Address.id(10), 1, List.of(p.onChainMessage(100), p.onValueTransfer())));
        Executor executor = new Executor(state.machine(true), ActorCodeRunner.UNAVAILABLE);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Message m = new Message(0, c.to(), state.sender, i, TokenAmount.ofAtto(c.value()), 1_000_000_000L,
                    TokenAmount.ofAtto(100), TokenAmount.ofAtto(1), 0, new byte[0]);
            ApplyRet r = executor.execute(m, ApplyKind.EXPLICIT, 100);
            assertEquals(ExitCode.OK, r.receipt().exitCode(), "case " + i + ": " + r.failureInfo());
            assertEquals(c.trace(), r.gasTrace(), "case " + i);
        }
    }
}
