package io.jfvm.runtime.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.store.LayeredBlockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.proofs.FilecoinProofVerifier;
import io.jfvm.runtime.executor.ApplyKind;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.kernel.EngineActorCodeRunner;
import io.jfvm.runtime.kernel.crypto.RealProofPolicy;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.StateTree;
import io.jfvm.runtime.testing.SmallState;
import java.util.Arrays;

/**
 * A chain started from a genesis built over a shared bundle with a fixed set of accounts, and a machine at epoch 1
 * that applies messages to it. Explicit messages carry no signature (the executor does not verify them) but are
 * charged the inclusion gas of their signed form ({@link #rawLength}).
 */
final class TestChain {
    /** The process-wide runner: each bundle's actors are compiled once per test JVM. */
    static final EngineActorCodeRunner RUNNER = EngineActorCodeRunner.withProofPolicy(
            new RealProofPolicy(FilecoinProofVerifier.fromEnvironment(), null));
    /** The EIP-155 chain id of local Filecoin networks (FIP-0054, {@code fevm.md} §1). */
    static final long CHAIN_ID = 31_415_926;
    static final String NETWORK_NAME = "jfvm-genesis-test";
    static final long GENESIS_TIMESTAMP = 1_700_000_000L;
    static final long BLOCK_SECONDS = 30;

    static final Address ROOT_KEY = secp(0x80);
    static final Address RESERVE_KEY = secp(0x90);
    /** f0100: an f1 account. */
    static final Address ALICE = secp(1);
    /** f0101: an f3 account (a miner worker must be a BLS account). */
    static final Address BOB = Address.bls(filled(48, 2));
    /** f0102: an f1 account. */
    static final Address CAROL = secp(3);
    /** f0103: an f3 account with no FIL, the miner's next worker. */
    static final Address ERIN = Address.bls(filled(48, 4));
    /** f0104: an Ethereum account. */
    static final Address DAVE = Address.fromEthAddress(filled(20, 5));
    static final TokenAmount ACCOUNT_FIL = TokenAmount.ofWholeFil(10_000);

    /** Gas figures of every explicit message: the block gas limit, and a fee cap well above the base fee. */
    static final long GAS_LIMIT = 10_000_000_000L;
    static final TokenAmount BASE_FEE = TokenAmount.ofAtto(100);
    static final TokenAmount GAS_FEE_CAP = TokenAmount.ofAtto(1_000);
    static final TokenAmount GAS_PREMIUM = TokenAmount.ofAtto(10);
    /** A signed message is {@code [message, signature]}: 1 byte of array header, 2 of byte-string header, 1 of type. */
    static final int SIGNATURE_FRAMING = 1 + 2 + 1;
    static final int SECP256K1_SIGNATURE_BYTES = 65;

    final Genesis genesis;
    final Machine machine;
    private final Executor executor;

    private TestChain(Genesis genesis) {
        this.genesis = genesis;
        // The chain writes into its own layer, so a genesis is never changed by what runs on it.
        MachineContext context = MachineContext.of(genesis.networkVersion(), 1, genesis.timestamp() + BLOCK_SECONDS,
                BASE_FEE, MachineContext.TOTAL_FILECOIN, genesis.stateRoot()).withChainId(genesis.chainId())
                .withTracing(true);
        this.machine = new Machine(context, new LayeredBlockstore(new MemoryBlockstore(), genesis.blockstore()),
                SmallState.NO_RANDOMNESS);
        this.executor = new Executor(machine, RUNNER);
    }

    /** The genesis of these tests' accounts over {@code bundle} at {@code nv}. */
    static Genesis genesis(NetworkVersion nv, SharedBundle bundle) {
        return new GenesisBuilder(bundle.blocks(), bundle.manifestRoot())
                .networkVersion(nv)
                .chainId(CHAIN_ID)
                .networkName(NETWORK_NAME)
                .timestamp(GENESIS_TIMESTAMP)
                .verifiedRegistryRootKey(ROOT_KEY)
                .reserveKey(RESERVE_KEY)
                .account(new GenesisAccount(ALICE, ACCOUNT_FIL))
                .account(new GenesisAccount(BOB, ACCOUNT_FIL))
                .account(new GenesisAccount(CAROL, ACCOUNT_FIL))
                .account(new GenesisAccount(ERIN, TokenAmount.ZERO))
                .account(new GenesisAccount(DAVE, ACCOUNT_FIL))
                .build(RUNNER);
    }

    /** A new genesis of these tests' accounts and a machine at epoch 1 over it. */
    static TestChain start(NetworkVersion nv, SharedBundle bundle) {
        return new TestChain(genesis(nv, bundle));
    }

    /**
     * The on-chain length Lotus charges inclusion gas for: a secp256k1 or delegated (f410) sender's signed message
     * (the unsigned message, a 65-byte signature and 4 bytes of type and framing, as the conformance runner counts
     * it), a BLS sender's unsigned message (its signature is aggregated into the block).
     */
    static long rawLength(Message m) {
        int unsigned = m.encode().length;
        return switch (m.from().protocol()) {
            case Address.SECP256K1, Address.DELEGATED -> unsigned + SIGNATURE_FRAMING + SECP256K1_SIGNATURE_BYTES;
            case Address.BLS -> unsigned;
            default -> throw new IllegalArgumentException("no signed form for a message from " + m.from());
        };
    }

    /** The explicit message {@code from} sends next (its sequence read from the state). */
    Message message(Address from, Address to, TokenAmount value, long method, byte[] params) {
        long sequence = actor(from).sequence();
        return new Message(0, to, from, sequence, value, GAS_LIMIT, GAS_FEE_CAP, GAS_PREMIUM, method, params);
    }

    /** Applies an explicit message, which must exit 0. */
    ApplyRet apply(Message m) {
        ApplyRet ret = executor.execute(m, ApplyKind.EXPLICIT, rawLength(m));
        assertEquals(ExitCode.OK, ret.receipt().exitCode(), () -> "message to " + m.to() + " method "
                + Long.toUnsignedString(m.methodNum()) + ": " + ret.failureInfo());
        return ret;
    }

    /** Sends the next message of {@code from}, which must exit 0. */
    ApplyRet send(Address from, Address to, TokenAmount value, long method, byte[] params) {
        return apply(message(from, to, value, method, params));
    }

    /** Applies an implicit message from the system actor (as a node applies cron), which must exit 0. */
    ApplyRet implicit(Address to, long method, long gasLimit) {
        Message m = new Message(0, to, Address.id(GenesisIds.SYSTEM), 0, TokenAmount.ZERO, gasLimit, TokenAmount.ZERO,
                TokenAmount.ZERO, method, new byte[0]);
        ApplyRet ret = executor.execute(m, ApplyKind.IMPLICIT, m.encode().length);
        assertEquals(ExitCode.OK, ret.receipt().exitCode(), () -> "implicit message to " + to + ": " + ret.failureInfo());
        return ret;
    }

    StateTree tree() {
        return machine.stateTree();
    }

    /** The actor at {@code address}, which must exist. */
    ActorState actor(Address address) {
        return tree().getActor(address).orElseThrow(() -> new AssertionError("no actor at " + address));
    }

    long idOf(Address address) {
        return tree().lookupId(address).orElseThrow(() -> new AssertionError(address + " does not resolve"));
    }

    /** Flushes the machine: the state root after everything applied. */
    Cid flush() {
        return executor.flush();
    }

    static Address secp(int seed) {
        return Address.secp256k1FromPublicKey(filled(65, seed));
    }

    static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
