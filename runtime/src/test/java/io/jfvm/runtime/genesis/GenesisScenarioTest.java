package io.jfvm.runtime.genesis;

import static io.jfvm.runtime.genesis.TestChain.ALICE;
import static io.jfvm.runtime.genesis.TestChain.BOB;
import static io.jfvm.runtime.genesis.TestChain.CAROL;
import static io.jfvm.runtime.genesis.TestChain.DAVE;
import static io.jfvm.runtime.genesis.TestChain.ERIN;
import static io.jfvm.runtime.genesis.TestChain.ROOT_KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.price.HashFunction;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.hamt.Hamt;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.BigIntBytes;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.ipld.types.StateRoot;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.kernel.crypto.Hashing;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everyday messages on a chain started from a genesis built from scratch, one row per network version and the
 * bundle it runs (a later line adds its rows here). Every message must exit 0, and each scenario runs twice, each
 * time on a new genesis, and must end in the same state root. Method numbers and parameter shapes are those of
 * builtin-actors v10.0.0–v18.0.0 ({@code actors/<name>/src/lib.rs} {@code Method}, {@code types.rs}).
 */
class GenesisScenarioTest {
    /**
     * A network version, its bundle, and the Window PoSt proof type its miners may be created with
     * ({@code runtime/src/runtime/policy.rs}: v10 allows only StackedDRGWindow32GiBV1 (8), v11 also V1P1 (13), v12
     * and later only V1P1).
     */
    record Row(NetworkVersion nv, String bundle, long windowPoStProofType) {
        @Override
        public String toString() {
            return nv + " " + bundle;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(NetworkVersion.NV18, "v10-mainnet.car", 8),
                new Row(NetworkVersion.NV19, "v11-mainnet.car", 13),
                new Row(NetworkVersion.NV20, "v11-mainnet.car", 13),
                new Row(NetworkVersion.NV21, "v12-mainnet.car", 13),
                new Row(NetworkVersion.NV22, "v13-mainnet.car", 13),
                new Row(NetworkVersion.NV23, "v14-mainnet.car", 13),
                new Row(NetworkVersion.NV24, "v15-mainnet.car", 13),
                new Row(NetworkVersion.NV25, "v16-mainnet.car", 13),
                new Row(NetworkVersion.NV26, "v16-mainnet.car", 13),
                new Row(NetworkVersion.NV27, "v17-mainnet.car", 13),
                new Row(NetworkVersion.NV28, "v18-mainnet.car", 13));
    }

    private static final byte[] NO_PARAMS = new byte[0];
    private static final long METHOD_SEND = 0;
    private static final long INIT_EXEC = 2;
    private static final long MULTISIG_PROPOSE = 2;
    private static final long MULTISIG_APPROVE = 3;
    private static final long POWER_CREATE_MINER = 2;
    private static final long MINER_CHANGE_WORKER_ADDRESS = 3;
    private static final long MINER_CHANGE_PEER_ID = 4;
    private static final long MARKET_ADD_BALANCE = 2;
    private static final long MARKET_WITHDRAW_BALANCE = 3;
    private static final long VERIFREG_ADD_VERIFIER = 2;
    private static final long EAM_CREATE_EXTERNAL = 4;
    /** FRC-42 hash of "InvokeEVM" ({@code fevm.md} §1). */
    private static final long EVM_INVOKE_CONTRACT = 3_844_450_837L;
    private static final long CRON_EPOCH_TICK = 2;
    /** Lotus's gas limit for the cron tick: the block gas limit × 10,000 ({@code chain/consensus/filcns}). */
    private static final long CRON_GAS_LIMIT = 10_000_000_000L * 10_000;

    // ------------------------------------------------------------------ value transfers

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void valueToAnExistingAccount(Row row) {
        deterministic(row, chain -> {
            TokenAmount before = chain.actor(CAROL).balance();
            Message m = chain.message(ALICE, CAROL, fil(1), METHOD_SEND, NO_PARAMS);
            ApplyRet ret = chain.apply(m);
            long l = TestChain.rawLength(m);
            // OnChainMessage: 38,863 compute + 475,000 (prepaying the sender's update) + 1,300 × (36 + L) storage
            //   = 560,663 + 1,300·L.
            // OnValueTransfer: 6,000.
            // OnActorUpdate for the receiver: 475,000 (no OnActorLookup: resolving `to` already read it).
            // Total 1,041,663 + 1,300·L; no code runs for method 0.
            assertEquals(560_663 + 1_300 * l + 6_000 + 475_000, ret.receipt().gasUsed());
            // L = 75 bytes of message (two 22-byte f1 addresses, a 9-byte value) + 69 of signature = 144.
            assertEquals(144, l);
            assertEquals(1_228_863, ret.receipt().gasUsed());
            assertEquals(before.plus(fil(1)), chain.actor(CAROL).balance());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void valueToNewKeyAddressesCreatesAccounts(Row row) {
        deterministic(row, chain -> {
            for (Address fresh : List.of(TestChain.secp(0x41), Address.bls(TestChain.filled(48, 0x42)))) {
                Message m = chain.message(ALICE, fresh, fil(2), METHOD_SEND, NO_PARAMS);
                ApplyRet ret = chain.apply(m);
                long l = TestChain.rawLength(m);
                // Everything but the account constructor's own run, in the order charged:
                // OnChainMessage 560,663 + 1,300·L; OnCreateActor 2,700,000 (as for a placeholder); storing the
                // new actor, OnActorLookup 500,000 + OnActorUpdate 475,000; the constructor's OnMethodInvocation
                // 75,000; after it, OnValueTransfer 6,000. Total 4,316,663 + 1,300·L.
                long byHand = 560_663 + 1_300 * l + 2_700_000 + 500_000 + 475_000 + 75_000 + 6_000;
                assertEquals(4_316_663 + 1_300 * l, byHand);
                List<GasCharge> trace = ret.gasTrace();
                int invocation = names(trace).indexOf("OnMethodInvocation");
                int transfer = trace.size() - 1;
                List<GasCharge> outside = new ArrayList<>(trace.subList(0, invocation + 1));
                outside.add(trace.get(transfer));
                assertEquals(List.of("OnChainMessage", "OnCreateActor", "OnActorLookup", "OnActorUpdate",
                        "OnMethodInvocation", "OnValueTransfer"), names(outside));
                assertEquals(Gas.of(byHand), milligas(outside));
                // The constructor (actors/account/src/lib.rs: check the caller is f00, store [address]) runs wasm,
                // whose metered cost no hand reckoning reproduces; the receipt is the two parts added up.
                long constructor = milligas(trace.subList(invocation + 1, transfer));
                assertEquals(byHand + Gas.roundUp(constructor), ret.receipt().gasUsed());

                ActorState created = chain.actor(fresh);
                assertEquals(chain.machine.builtinActors().codeOf("account"), created.code());
                assertEquals(fil(2), created.balance());
                assertEquals(fresh, Address.fromCbor(chain.tree().store().getCbor(created.state())
                        .asTuple(1, "account state").get(0)));
            }
        });
    }

    private static List<String> names(List<GasCharge> charges) {
        return charges.stream().map(GasCharge::name).toList();
    }

    private static long milligas(List<GasCharge> charges) {
        return charges.stream().mapToLong(GasCharge::totalMilligas).reduce(0, Gas::add);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void valueToANewEthereumAddressCreatesAPlaceholder(Row row) {
        deterministic(row, chain -> {
            Address f4 = Address.fromEthAddress(TestChain.filled(20, 0x44));
            Message m = chain.message(ALICE, f4, fil(3), METHOD_SEND, NO_PARAMS);
            ApplyRet ret = chain.apply(m);
            long l = TestChain.rawLength(m);
            // OnChainMessage 560,663 + 1,300·L (as above).
            // OnCreateActor with a new address: 650,000 + 1,000,000 (assignment) + 1,050,000 (lookup) = 2,700,000.
            // Storing the new actor: OnActorLookup 500,000 + OnActorUpdate 475,000.
            // OnValueTransfer 6,000 (the sender and the new actor were both updated already).
            // Total 560,663 + 1,300·L + 3,675,000 + 6,000 = 4,241,663 + 1,300·L; the placeholder runs no code.
            assertEquals(560_663 + 1_300 * l + 2_700_000 + 500_000 + 475_000 + 6_000, ret.receipt().gasUsed());
            // L = 145: the f410 receiver is one byte longer than an f1.
            assertEquals(145, l);
            assertEquals(4_430_163, ret.receipt().gasUsed());
            ActorState placeholder = chain.actor(f4);
            assertEquals(chain.machine.builtinActors().codeOf("placeholder"), placeholder.code());
            assertEquals(f4, placeholder.delegatedAddress());
            assertEquals(StateRoot.EMPTY_ARRAY_CID, placeholder.state());
            assertEquals(fil(3), placeholder.balance());
        });
    }

    // ------------------------------------------------------------------ multisig

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void multisigCreateProposeApprove(Row row) {
        deterministic(row, chain -> {
            // init Exec: ExecParams [code_cid, constructor_params]; multisig ConstructorParams
            // [signers, num_approvals_threshold, unlock_duration, start_epoch].
            byte[] constructor = cbor(CborArray.of(ALICE.toCbor(), CAROL.toCbor()), CborInt.of(2), CborInt.of(0),
                    CborInt.of(0));
            ApplyRet created = chain.send(ALICE, Address.id(GenesisIds.INIT), fil(1_000), INIT_EXEC,
                    exec(chain, "multisig", constructor));
            Address multisig = execReturn(created);
            assertEquals(chain.machine.builtinActors().codeOf("multisig"), chain.actor(multisig).code());
            assertEquals(fil(1_000), chain.actor(multisig).balance());

            // Propose: ProposeParams [to, value, method, params]; ProposeReturn [txn_id, applied, code, ret].
            Address to = Address.id(chain.idOf(ERIN));
            ApplyRet proposed = chain.send(ALICE, multisig, TokenAmount.ZERO, MULTISIG_PROPOSE,
                    cbor(to.toCbor(), fil(10).toCbor(), CborInt.of(METHOD_SEND), new CborBytes(NO_PARAMS)));
            List<CborValue> proposal = DagCbor.decode(proposed.receipt().returnData()).asTuple(4, "ProposeReturn");
            long txn = proposal.get(0).asLong();
            assertFalse(proposal.get(1).asBool(), "one approval of two must not apply the transaction");

            // Approve: TxnIDParams [id, proposal_hash], the hash being blake2b-256 of ProposalHashData
            // [requester (the proposer's ID address), to, value, method, params] (multisig/src/lib.rs
            // compute_proposal_hash); ApproveReturn [applied, code, ret].
            byte[] hash = Hashes.blake2b256(cbor(Address.id(chain.idOf(ALICE)).toCbor(), to.toCbor(),
                    fil(10).toCbor(), CborInt.of(METHOD_SEND), new CborBytes(NO_PARAMS)));
            TokenAmount before = chain.actor(ERIN).balance();
            ApplyRet approved = chain.send(CAROL, multisig, TokenAmount.ZERO, MULTISIG_APPROVE,
                    cbor(CborInt.of(txn), new CborBytes(hash)));
            List<CborValue> approval = DagCbor.decode(approved.receipt().returnData()).asTuple(3, "ApproveReturn");
            assertTrue(approval.get(0).asBool(), "the second approval must apply the transaction");
            assertEquals(0, approval.get(1).asLong());
            assertEquals(before.plus(fil(10)), chain.actor(ERIN).balance());
            assertEquals(fil(990), chain.actor(multisig).balance());
        });
    }

    // ------------------------------------------------------------------ power and miner

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void createMinerThenChangeWorkerAndPeerId(Row row) {
        deterministic(row, chain -> {
            // CreateMinerParams [owner, worker, window_post_proof_type, peer, multiaddrs]; the worker must be a
            // BLS account (miner/src/lib.rs resolve_worker_address). CreateMinerReturn [id_address, robust_address].
            // From actors v17 (nv27, FIP-0077) creating a miner takes a deposit, which the value carries.
            byte[] peer = "peer-1".getBytes(StandardCharsets.US_ASCII);
            TokenAmount deposit = row.nv().atLeast(NetworkVersion.NV27) ? fil(100) : TokenAmount.ZERO;
            ApplyRet created = chain.send(ALICE, Address.id(GenesisIds.POWER), deposit, POWER_CREATE_MINER,
                    cbor(ALICE.toCbor(), BOB.toCbor(), CborInt.of(row.windowPoStProofType()), new CborBytes(peer),
                            CborArray.EMPTY));
            Address miner = execReturn(created);
            assertEquals(chain.machine.builtinActors().codeOf("storageminer"), chain.actor(miner).code());
            List<CborValue> info = minerInfo(chain, miner);
            assertEquals(Address.id(chain.idOf(ALICE)), Address.fromCbor(info.get(0)));
            assertEquals(Address.id(chain.idOf(BOB)), Address.fromCbor(info.get(1)));
            assertEquals(row.windowPoStProofType(), info.get(6).asLong());

            // ChangeWorkerAddressParams [new_worker, new_control_addresses], from the owner: the change is pending
            // until the worker key change delay has passed (MinerInfo.pending_worker_key [new_worker, effective_at]).
            chain.send(ALICE, miner, TokenAmount.ZERO, MINER_CHANGE_WORKER_ADDRESS,
                    cbor(ERIN.toCbor(), CborArray.EMPTY));
            List<CborValue> pending = minerInfo(chain, miner).get(3).asTuple(2, "WorkerKeyChange");
            assertEquals(Address.id(chain.idOf(ERIN)), Address.fromCbor(pending.get(0)));
            assertTrue(pending.get(1).asLong() > chain.machine.context().epoch());

            // ChangePeerIDParams [new_id], from the worker.
            byte[] newPeer = "peer-2".getBytes(StandardCharsets.US_ASCII);
            chain.send(BOB, miner, TokenAmount.ZERO, MINER_CHANGE_PEER_ID, cbor(new CborBytes(newPeer)));
            assertArrayEquals(newPeer, minerInfo(chain, miner).get(4).asBytes());
        });
    }

    /** The miner's MinerInfo tuple (miner/src/state.rs: State.info is the first field). */
    private static List<CborValue> minerInfo(TestChain chain, Address miner) {
        Cid info = chain.tree().store().getCbor(chain.actor(miner).state()).asList().get(0).asCid();
        return chain.tree().store().getCbor(info).asList();
    }

    // ------------------------------------------------------------------ market

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void marketAddAndWithdrawBalance(Row row) {
        deterministic(row, chain -> {
            Address market = Address.id(GenesisIds.MARKET);
            // AddBalance: params the client's address, the value is what goes into escrow.
            chain.send(ALICE, market, fil(100), MARKET_ADD_BALANCE, DagCbor.encode(ALICE.toCbor()));
            assertEquals(fil(100), chain.actor(market).balance());
            // WithdrawBalanceParams [provider_or_client, amount]; the client gets it back.
            chain.send(ALICE, market, TokenAmount.ZERO, MARKET_WITHDRAW_BALANCE,
                    cbor(ALICE.toCbor(), fil(40).toCbor()));
            assertEquals(fil(60), chain.actor(market).balance());
        });
    }

    // ------------------------------------------------------------------ verified registry

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void verifiedRegistryAddVerifierFromTheRootKey(Row row) {
        deterministic(row, chain -> {
            // The root key f080 starts with no FIL (fevm.md §3.2); it needs some for gas.
            chain.send(ALICE, ROOT_KEY, fil(100), METHOD_SEND, NO_PARAMS);
            // AddVerifierParams [address, allowance]; at least the minimum allocation, 1 MiB.
            BigInteger allowance = BigInteger.ONE.shiftLeft(40);
            chain.send(ROOT_KEY, Address.id(GenesisIds.VERIFIED_REGISTRY), TokenAmount.ZERO, VERIFREG_ADD_VERIFIER,
                    cbor(CAROL.toCbor(), BigIntBytes.toCbor(allowance)));
            // verifreg State [root_key, verifiers (HAMT: ID address → DataCap), ...].
            Cid verifiers = chain.tree().store().getCbor(chain.actor(Address.id(GenesisIds.VERIFIED_REGISTRY))
                    .state()).asList().get(1).asCid();
            CborValue entry = Hamt.load(chain.tree().store(), verifiers, Hamt.DEFAULT_BIT_WIDTH)
                    .get(Address.id(chain.idOf(CAROL)).toBytes());
            assertEquals(allowance, BigIntBytes.fromCbor(entry));
        });
    }

    // ------------------------------------------------------------------ init Exec

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void initExecOfAPaymentChannel(Row row) {
        deterministic(row, chain -> {
            // paych ConstructorParams [from, to]; both must be accounts.
            ApplyRet ret = chain.send(ALICE, Address.id(GenesisIds.INIT), fil(5), INIT_EXEC,
                    exec(chain, "paymentchannel", cbor(ALICE.toCbor(), CAROL.toCbor())));
            List<CborValue> exec = DagCbor.decode(ret.receipt().returnData()).asTuple(2, "ExecReturn");
            Address id = Address.fromCbor(exec.get(0));
            Address robust = Address.fromCbor(exec.get(1));
            assertEquals(Address.ACTOR, robust.protocol());
            assertEquals(id.id(), chain.idOf(robust));
            ActorState paych = chain.actor(id);
            assertEquals(chain.machine.builtinActors().codeOf("paymentchannel"), paych.code());
            assertEquals(fil(5), paych.balance());
            // paych State [from, to, ...], both resolved to ID addresses.
            List<CborValue> state = chain.tree().store().getCbor(paych.state()).asList();
            assertEquals(Address.id(chain.idOf(ALICE)), Address.fromCbor(state.get(0)));
            assertEquals(Address.id(chain.idOf(CAROL)), Address.fromCbor(state.get(1)));
        });
    }

    // ------------------------------------------------------------------ EVM

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evmContractDeployedThroughTheEamAndInvoked(Row row) {
        assertArrayEquals(StoreAndReturnContract.RUNTIME_CODE, Arrays.copyOfRange(StoreAndReturnContract.INIT_CODE,
                StoreAndReturnContract.RUNTIME_OFFSET, StoreAndReturnContract.INIT_CODE.length));
        deterministic(row, chain -> {
            long nonce = chain.actor(DAVE).sequence();
            // CreateExternal: params the init code as a CBOR byte string; Return [actor_id, robust_address,
            // eth_address].
            ApplyRet deployed = chain.send(DAVE, Address.id(GenesisIds.EAM), TokenAmount.ZERO, EAM_CREATE_EXTERNAL,
                    DagCbor.encode(new CborBytes(StoreAndReturnContract.INIT_CODE)));
            List<CborValue> created = DagCbor.decode(deployed.receipt().returnData()).asTuple(3, "EAM Return");
            byte[] eth = created.get(2).asBytes();
            // An Ethereum sender's contract lands where Ethereum puts it: keccak256(rlp([sender, nonce]))[12:].
            assertArrayEquals(createAddress(DAVE.subAddress(), nonce), eth);
            Address contract = Address.fromEthAddress(eth);
            ActorState evm = chain.actor(contract);
            assertEquals(chain.machine.builtinActors().codeOf("evm"), evm.code());
            assertEquals(created.get(0).asLong(), chain.idOf(contract));
            assertEquals(contract, evm.delegatedAddress());
            // EVM State: the bytecode (a raw block) first; what the init code returned is the contract's code.
            Cid bytecode = chain.tree().store().getCbor(evm.state()).asList().get(0).asCid();
            assertArrayEquals(StoreAndReturnContract.RUNTIME_CODE, chain.tree().store().require(bytecode));

            // InvokeContract: params and return are CBOR byte strings of the call data and the return data.
            ApplyRet called = chain.send(DAVE, contract, TokenAmount.ZERO, EVM_INVOKE_CONTRACT,
                    DagCbor.encode(new CborBytes(NO_PARAMS)));
            assertArrayEquals(StoreAndReturnContract.returnedWord(),
                    DagCbor.decode(called.receipt().returnData()).asBytes());
        });
    }

    /** keccak256(rlp([sender, nonce]))[12:] for a nonce below 128, whose RLP is one byte (0x80 for 0). */
    private static byte[] createAddress(byte[] sender, long nonce) {
        assertTrue(nonce < 0x80);
        byte[] rlp = new byte[2 + sender.length + 1];
        rlp[0] = (byte) (0xc0 + 1 + sender.length + 1); // a list of 22 bytes of payload
        rlp[1] = (byte) (0x80 + sender.length);         // a 20-byte string
        System.arraycopy(sender, 0, rlp, 2, sender.length);
        rlp[rlp.length - 1] = nonce == 0 ? (byte) 0x80 : (byte) nonce;
        return Arrays.copyOfRange(Hashing.digest(HashFunction.KECCAK_256, rlp), 12, 32);
    }

    // ------------------------------------------------------------------ cron

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void cronEpochTickFromTheSystemActor(Row row) {
        deterministic(row, chain -> {
            Cid rewardBefore = chain.actor(Address.id(GenesisIds.REWARD)).state();
            ApplyRet ret = chain.implicit(Address.id(GenesisIds.CRON), CRON_EPOCH_TICK, CRON_GAS_LIMIT);
            assertNull(ret.receipt().eventsRoot());
            // Power's OnEpochTickEnd reports the network's power to the reward actor, which moves to the epoch.
            assertNotEquals(rewardBefore, chain.actor(Address.id(GenesisIds.REWARD)).state());
        });
    }

    // ------------------------------------------------------------------ helpers

    /** Runs {@code scenario} on two chains, each from a new genesis, and requires the same final state root. */
    private static void deterministic(Row row, Consumer<TestChain> scenario) {
        SharedBundle bundle = SharedBundle.load(row.bundle());
        Cid first = run(row, bundle, scenario);
        Cid second = run(row, bundle, scenario);
        assertEquals(first, second, "the same messages from the same genesis ended in different state roots");
    }

    private static Cid run(Row row, SharedBundle bundle, Consumer<TestChain> scenario) {
        TestChain chain = TestChain.start(row.nv(), bundle);
        scenario.accept(chain);
        return chain.flush();
    }

    /** init ExecParams [code_cid, constructor_params] for the bundle's actor {@code name}. */
    private static byte[] exec(TestChain chain, String name, byte[] constructorParams) {
        return cbor(new CborLink(chain.machine.builtinActors().codeOf(name)), new CborBytes(constructorParams));
    }

    /** The ID address of an ExecReturn or CreateMinerReturn [id_address, robust_address]. */
    private static Address execReturn(ApplyRet ret) {
        return Address.fromCbor(DagCbor.decode(ret.receipt().returnData()).asTuple(2, "ExecReturn").get(0));
    }

    private static byte[] cbor(CborValue... tuple) {
        return DagCbor.encode(CborArray.of(tuple));
    }

    private static TokenAmount fil(long whole) {
        return TokenAmount.ofWholeFil(whole);
    }
}
