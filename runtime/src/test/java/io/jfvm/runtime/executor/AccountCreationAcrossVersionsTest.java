package io.jfvm.runtime.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.testing.SmallState;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A send to a new f1 address creates an account and runs the real account actor's constructor (its bundle's wasm)
 * at every network version: the constructor reads its params, creates and links its state block and sets its root,
 * which from v4 on exercises reachability (the params' links, the new block, {@code set_root}).
 */
class AccountCreationAcrossVersionsTest {
    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 20, 21, 22, 23, 24, 25, 27, 28})
    void sendToANewKeyAddressCreatesAnAccount(int nv) {
        SmallState state = SmallState.create(nv);
        byte[] key = new byte[65];
        Arrays.fill(key, (byte) 7);
        key[0] = 4;
        Address to = Address.secp256k1FromPublicKey(key);
        Machine machine = state.machine(false);
        Executor executor = new Executor(machine, SmallState.runner());
        Message m = new Message(0, to, state.sender, 0, TokenAmount.ofAtto(5), 100_000_000L,
                TokenAmount.ofAtto(100), TokenAmount.ofAtto(1), 0, new byte[0]);
        ApplyRet r = executor.execute(m, ApplyKind.EXPLICIT, m.encode().length + 66);
        assertEquals(ExitCode.OK, r.receipt().exitCode(), () -> "nv" + nv + ": " + r.failureInfo());
        long id = machine.stateTree().lookupId(to).orElseThrow();
        var account = machine.stateTree().getActor(id).orElseThrow();
        assertEquals(machine.builtinActors().codeOf("account"), account.code());
        assertEquals(TokenAmount.ofAtto(5), account.balance());
        assertTrue(!account.state().equals(io.jfvm.ipld.types.StateRoot.EMPTY_ARRAY_CID), "the constructor set a root");
    }
}
