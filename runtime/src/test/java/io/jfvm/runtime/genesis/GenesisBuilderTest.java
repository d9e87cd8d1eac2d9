package io.jfvm.runtime.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.hamt.Hamt;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.BigIntBytes;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.ipld.types.StateRoot;
import io.jfvm.ipld.types.StateTreeVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.InitActorState;
import io.jfvm.runtime.state.Manifest;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Genesis states built from scratch over the shared bundles, for every network version whose line runs today
 * (one row each; a later line adds its rows): the root is pinned and the same twice, every actor has its bundle's
 * code, the FIL adds up to the 2e9 supply, and every state decodes to what {@code fevm.md} §3 says it holds.
 */
class GenesisBuilderTest {
    /** A network version, the bundle its genesis is built over, and that genesis's root. */
    record Row(NetworkVersion nv, String bundle, String root) {
        @Override
        public String toString() {
            return nv + " " + bundle;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(NetworkVersion.NV18, "v10-mainnet.car", "bafy2bzacebp33ytci6zyccewtdr5utfcqbx6t5p2ozfssoflqssjzpu3kmfxo"),
                new Row(NetworkVersion.NV19, "v11-mainnet.car", "bafy2bzacecygoolkcmmfqs4nwlc3cvccb6kdamklf6ubq4zcpyzarldqa2jsi"),
                // Nothing in a genesis state depends on the network version: nv19 and nv20 share the v11 bundle's root.
                new Row(NetworkVersion.NV20, "v11-mainnet.car", "bafy2bzacecygoolkcmmfqs4nwlc3cvccb6kdamklf6ubq4zcpyzarldqa2jsi"),
                new Row(NetworkVersion.NV21, "v12-mainnet.car", "bafy2bzaceb5nbg3qftv5npryuyj4bz6a27mrvxjfq5odae2hbptubqw26wiau"),
                new Row(NetworkVersion.NV22, "v13-mainnet.car", "bafy2bzacebaaqylyre5nzbpg46g743ad5yrcpwy2lcwnzyt4uw5u4stlpcmos"),
                new Row(NetworkVersion.NV23, "v14-mainnet.car", "bafy2bzacedhk4ivugzx5zfzgxlmrni56y7kga6lt5etwbjglvwj6fjyj6npa4"),
                new Row(NetworkVersion.NV24, "v15-mainnet.car", "bafy2bzacearwhmajkcdacgbmmkpunhvxz435jgjtxsn2eo56jlpqdbxmeipio"),
                new Row(NetworkVersion.NV25, "v16-mainnet.car", "bafy2bzaceboin5smfaztj5kztpq6sdw7kn2m7ltuzoao4fe2woh7mylxzqig6"),
                new Row(NetworkVersion.NV26, "v16-mainnet.car", "bafy2bzaceboin5smfaztj5kztpq6sdw7kn2m7ltuzoao4fe2woh7mylxzqig6"),
                new Row(NetworkVersion.NV27, "v17-mainnet.car", "bafy2bzacecotjnffw5ne4tykgn2uyuuhpfes46l2rascs4663ekzkphicr4lw"),
                new Row(NetworkVersion.NV28, "v18-mainnet.car", "bafy2bzaced45ofgjwajyet6urazgefqqh654hcgi65zwlczkgjkyydckuwcna"),
                new Row(NetworkVersion.NV28, "v18-devnet.car", "bafy2bzaceddipplxyim64rs4k3br6m6suqdxec7hrij37afy3ajwtpmmnertc"));
    }

    /** The ids genesis gives an actor, and the manifest name of each one's code. */
    private static final Map<Long, String> ACTORS = actors();

    private static Map<Long, String> actors() {
        Map<Long, String> m = new TreeMap<>();
        m.put(0L, "system");
        m.put(1L, "init");
        m.put(2L, "reward");
        m.put(3L, "cron");
        m.put(4L, "storagepower");
        m.put(5L, "storagemarket");
        m.put(6L, "verifiedregistry");
        m.put(7L, "datacap");
        m.put(10L, "eam");
        m.put(80L, "account");
        m.put(90L, "account");
        m.put(99L, "account");
        m.put(100L, "account");
        m.put(101L, "account");
        m.put(102L, "account");
        m.put(103L, "account");
        m.put(104L, "ethaccount");
        m.put(1000L, "ethaccount");
        return m;
    }

    @Test
    void constructorParamsAreThoseOfFevmDocs() {
        // fevm.md §3.3, the params column.
        assertEquals("40", hex(SingletonActor.REWARD.constructorParams()));
        assertEquals("818282420004058242000509", hex(SingletonActor.CRON.constructorParams()));
        assertEquals("", hex(SingletonActor.POWER.constructorParams()));
        assertEquals("", hex(SingletonActor.MARKET.constructorParams()));
        assertEquals("420050", hex(SingletonActor.VERIFIED_REGISTRY.constructorParams()));
        assertEquals("420006", hex(SingletonActor.DATACAP.constructorParams()));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), Stream.of(SingletonActor.values()).map(SingletonActor::id)
                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theRootIsPinnedAndTheSameTwice(Row row) {
        SharedBundle bundle = SharedBundle.load(row.bundle());
        Genesis first = TestChain.genesis(row.nv(), bundle);
        Genesis second = TestChain.genesis(row.nv(), bundle);
        assertEquals(first.stateRoot(), second.stateRoot());
        assertEquals(Cid.parse(row.root()), first.stateRoot());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyActorHasItsBundleCodeAndTheFilAddsUpToTheSupply(Row row) {
        SharedBundle bundle = SharedBundle.load(row.bundle());
        Genesis genesis = TestChain.genesis(row.nv(), bundle);
        Manifest manifest = Manifest.loadFromBundleRoot(bundle.blocks(), bundle.manifestRoot());
        Map<Long, ActorState> actors = actors(genesis);

        assertEquals(ACTORS.keySet(), actors.keySet());
        ACTORS.forEach((id, name) -> assertEquals(manifest.codeOf(name), actors.get(id).code(), "code of f0" + id));
        TokenAmount total = actors.values().stream().map(ActorState::balance).reduce(TokenAmount.ZERO,
                TokenAmount::plus);
        assertEquals(MachineContext.TOTAL_FILECOIN, total);
        assertEquals(TokenAmount.ofWholeFil(1_100_000_000L), actors.get(2L).balance());
        // 2e9 − 1.1e9 for the reward pool − 4 × 10,000 for the funded genesis accounts.
        assertEquals(TokenAmount.ofWholeFil(899_960_000L), actors.get(90L).balance());
        assertEquals(TestChain.ACCOUNT_FIL, actors.get(100L).balance());
        assertEquals(TokenAmount.ZERO, actors.get(103L).balance());
        actors.forEach((id, actor) -> assertEquals(0, actor.sequence(), "sequence of f0" + id));
        actors.forEach((id, actor) -> {
            boolean eth = ACTORS.get(id).equals("ethaccount");
            assertEquals(eth, actor.delegatedAddress() != null, "delegated address of f0" + id);
        });
        assertEquals(TestChain.DAVE, actors.get(104L).delegatedAddress());
        assertEquals(GenesisBuilder.ETH_NULL_ADDRESS, actors.get(1000L).delegatedAddress());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyStateDecodesToWhatGenesisPutThere(Row row) {
        SharedBundle bundle = SharedBundle.load(row.bundle());
        Genesis genesis = TestChain.genesis(row.nv(), bundle);
        Blockstore store = genesis.blockstore();
        Map<Long, ActorState> actors = actors(genesis);
        Manifest manifest = Manifest.loadFromBundleRoot(bundle.blocks(), bundle.manifestRoot());

        assertEquals(List.of(manifest.dataCid()), List.of(state(store, actors, 0).asTuple(1, "system").get(0)
                .asCid()));

        InitActorState init = InitActorState.fromCbor(state(store, actors, 1));
        assertEquals(TestChain.NETWORK_NAME, init.networkName());
        assertEquals(1001, init.nextId());
        Hamt addressMap = Hamt.load(store, init.addressMap(), Hamt.DEFAULT_BIT_WIDTH);
        Map<Address, Long> expectedMap = Map.of(TestChain.ROOT_KEY, 80L, TestChain.RESERVE_KEY, 90L,
                TestChain.ALICE, 100L, TestChain.BOB, 101L, TestChain.CAROL, 102L, TestChain.ERIN, 103L,
                TestChain.DAVE, 104L, GenesisBuilder.ETH_NULL_ADDRESS, 1000L);
        int[] entries = {0};
        addressMap.forEach((key, id) -> {
            assertEquals(expectedMap.get(Address.fromBytes(key)), id.asU64(), "id of " + Address.fromBytes(key));
            entries[0]++;
        });
        assertEquals(expectedMap.size(), entries[0]);
        assertEquals(expectedMap, genesis.accountIds());

        // reward: epoch 0 after the constructor's first update, and a block reward to pay.
        List<CborValue> reward = state(store, actors, 2).asList();
        assertEquals(0, reward.get(7).asLong());
        assertTrue(BigIntBytes.fromCbor(reward.get(4)).signum() > 0);
        assertEquals("818282420004058242000509", hex(DagCbor.encode(state(store, actors, 3))));
        // power: no power, no miners.
        List<CborValue> power = state(store, actors, 4).asList();
        assertEquals(BigInteger.ZERO, BigIntBytes.fromCbor(power.get(0)));
        assertEquals(0, power.get(9).asLong());
        // market: no deal proposed yet.
        assertEquals(0, state(store, actors, 5).asList().get(5).asLong());
        List<CborValue> verifreg = state(store, actors, 6).asList();
        assertEquals(Address.id(80), Address.fromCbor(verifreg.get(0)));
        assertEquals(EMPTY_HAMT, verifreg.get(1).asCid());
        List<CborValue> datacap = state(store, actors, 7).asList();
        assertEquals(Address.id(6), Address.fromCbor(datacap.get(0)));
        assertEquals(BigInteger.ZERO, BigIntBytes.fromCbor(datacap.get(1).asList().get(0)));

        for (long id : List.of(10L, 104L, 1000L)) {
            assertEquals(StateRoot.EMPTY_ARRAY_CID, actors.get(id).state(), "state of f0" + id);
        }
        Map<Long, Address> keys = Map.of(80L, TestChain.ROOT_KEY, 90L, TestChain.RESERVE_KEY, 99L, Address.id(99),
                100L, TestChain.ALICE, 101L, TestChain.BOB, 102L, TestChain.CAROL, 103L, TestChain.ERIN);
        keys.forEach((id, key) -> assertEquals(key, Address.fromCbor(state(store, actors, id).asTuple(1, "account")
                .get(0)), "account f0" + id));
        assertEquals("81420063", hex(store.require(actors.get(99L).state())));
    }

    /** fevm.md §1: the root of an empty HAMT. */
    private static final Cid EMPTY_HAMT = Cid.parse("bafy2bzaceamp42wmmgr2g2ymg46euououzfyck7szknvfacqscohrvaikwfay");

    @Test
    void aBundleWithoutTheEthereumActorsIsRejected() {
        SharedBundle v9 = SharedBundle.load("v9-mainnet.car");
        GenesisException e = assertThrows(GenesisException.class, () -> builder(v9, NetworkVersion.NV18)
                .build(TestChain.RUNNER));
        assertTrue(e.getMessage().contains("lacks the actors [eam, ethaccount]"), e.getMessage());
    }

    @Test
    void aLineWithoutDelegatedAddressesIsRejected() {
        SharedBundle v10 = SharedBundle.load("v10-mainnet.car");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () ->
                builder(v10, NetworkVersion.NV17).build(TestChain.RUNNER));
        assertTrue(e.getMessage().contains("state tree " + StateTreeVersion.V4), e.getMessage());
    }

    @Test
    void aFailingConstructorNamesTheActorTheExitCodeAndTheFailure() {
        SharedBundle v10 = SharedBundle.load("v10-mainnet.car");
        // The power actor's constructor is made to fail with USR_ILLEGAL_STATE (16); the others run for real.
        GenesisException e = assertThrows(GenesisException.class, () -> builder(v10, NetworkVersion.NV18)
                .build((cm, inv) -> inv.to() == GenesisIds.POWER ? new InvocationResult(16, null)
                        : TestChain.RUNNER.invoke(cm, inv)));
        assertEquals("the constructor of the storagepower actor f04 exited with code 16: actor exited with 16",
                e.getMessage());
    }

    @Test
    void accountsMustFitTheSupplyAndTheIdsAndBeDistinct() {
        SharedBundle v10 = SharedBundle.load("v10-mainnet.car");
        GenesisException over = assertThrows(GenesisException.class, () -> builder(v10, NetworkVersion.NV18)
                .account(new GenesisAccount(TestChain.ALICE, TokenAmount.ofWholeFil(900_000_001L)))
                .build(TestChain.RUNNER));
        assertTrue(over.getMessage().contains("more than the total supply"), over.getMessage());

        GenesisException twice = assertThrows(GenesisException.class, () -> builder(v10, NetworkVersion.NV18)
                .account(new GenesisAccount(TestChain.ROOT_KEY, TokenAmount.ZERO))
                .build(TestChain.RUNNER));
        assertEquals("address " + TestChain.ROOT_KEY + " is given to both f080 and f0100", twice.getMessage());

        GenesisBuilder crowded = builder(v10, NetworkVersion.NV18);
        for (int i = 0; i < 901; i++) {
            byte[] eth = new byte[Address.ETH_ADDRESS_LEN];
            eth[0] = 1;
            eth[18] = (byte) (i >> 8);
            eth[19] = (byte) i;
            crowded.account(new GenesisAccount(Address.fromEthAddress(eth), TokenAmount.ZERO));
        }
        GenesisException full = assertThrows(GenesisException.class, () -> crowded.build(TestChain.RUNNER));
        assertEquals("901 genesis accounts do not fit the ids f0100–f0999 (at most 900)", full.getMessage());

        assertThrows(IllegalArgumentException.class, () -> new GenesisAccount(Address.id(5), TokenAmount.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder(v10, NetworkVersion.NV18)
                .reserveKey(TestChain.DAVE));
    }

    private static GenesisBuilder builder(SharedBundle bundle, NetworkVersion nv) {
        return new GenesisBuilder(bundle.blocks(), bundle.manifestRoot()).networkVersion(nv)
                .networkName(TestChain.NETWORK_NAME).verifiedRegistryRootKey(TestChain.ROOT_KEY)
                .reserveKey(TestChain.RESERVE_KEY);
    }

    /** Every actor of the genesis state tree, by id, read from the actors HAMT itself. */
    private static Map<Long, ActorState> actors(Genesis genesis) {
        StateRoot root = StateRoot.fromCbor(genesis.blockstore().getCbor(genesis.stateRoot()));
        assertEquals(StateTreeVersion.V5, root.version());
        Map<Long, ActorState> actors = new TreeMap<>();
        Hamt.load(genesis.blockstore(), root.actors(), Hamt.DEFAULT_BIT_WIDTH).forEach((key, value) ->
                actors.put(Address.fromBytes(key).id(), ActorState.fromCbor(value)));
        return actors;
    }

    private static CborValue state(Blockstore store, Map<Long, ActorState> actors, long id) {
        return store.getCbor(actors.get(id).state());
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
