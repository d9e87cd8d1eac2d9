package io.jfvm.runtime.genesis;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.hamt.Hamt;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.store.LayeredBlockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.executor.ApplyKind;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.machine.Externs;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.InitActorState;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.runtime.state.StateTree;
import io.jfvm.runtime.state.StateTreeException;
import io.jfvm.runtime.version.FvmRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the genesis state tree of a chain for one builtin-actors bundle, from scratch ({@code fevm.md} §3):
 * <ol>
 *   <li>written directly: the system actor f00 (state {@code [manifest_data_cid]}), the init actor f01 (the address
 *       map, {@code next_id}, the network name), the EAM f010 (the empty-array state; it has no constructor to run),
 *       the verifier root key f080 and the reserve f090 (account actors over the given key addresses), the burnt-funds
 *       account f099 (state {@code [f099]}), the genesis accounts from f0100 in the order given, and the EthAccount at
 *       the Ethereum null address, which Lotus places after its genesis miners ({@code genesis_eth.go}
 *       {@code SetupEthNullAddresses}) and so, with no miners, at f01000; and the headers of f02–f07 with the
 *       empty-array state the actors' {@code create} requires;</li>
 *   <li>then f02–f07 are constructed by their own code ({@link SingletonActor}), as implicit messages from f00
 *       through a {@link Machine} at epoch 0 with a zero base fee and circulating supply, as Lotus runs its
 *       genesis-time calls ({@code genesis.go} {@code VerifyPreSealedData});</li>
 *   <li>and the reserve holds every FIL of the 2e9 supply the other actors do not ({@code genesis.go}
 *       {@code MakeInitialStateTree}).</li>
 * </ol>
 * Lotus's extra verifier f081 (a random BLS key) and its genesis miners are left out: the first is not reproducible
 * and neither is needed ({@code fevm.md} §3.3). Ids and the address map follow Lotus ({@code f01_init.go}
 * {@code SetupInitActor}): accounts from {@link GenesisIds#FIRST_ACCOUNT}, at most
 * {@code FIRST_NON_ACCOUNT − FIRST_ACCOUNT} of them, every account address mapped to its id, and {@code next_id} one
 * past the null-address account. The same inputs always give the same state root.
 */
public final class GenesisBuilder {
    /** The gas limit of the constructor messages: Lotus's for its genesis-time implicit calls ({@code util.go}). */
    static final long CONSTRUCTOR_GAS_LIMIT = 1_000_000_000_000_000L;
    static final long METHOD_CONSTRUCTOR = 1;
    /** The Ethereum null address 0x00…00, where Lotus places an EthAccount that {@code eth_call} sends from. */
    static final Address ETH_NULL_ADDRESS = Address.fromEthAddress(new byte[Address.ETH_ADDRESS_LEN]);
    /** The actors genesis writes or constructs: a bundle without one of them cannot make a genesis. */
    private static final List<String> REQUIRED_ACTORS = List.of("system", "init", "reward", "cron", "storagepower",
            "storagemarket", "verifiedregistry", "datacap", "eam", "account", "ethaccount");
    private static final int MAX_ACCOUNTS = (int) (GenesisIds.FIRST_NON_ACCOUNT - GenesisIds.FIRST_ACCOUNT);
    /**
     * No constructor draws randomness or asks for a tipset; if one ever does, its genesis must fail loudly rather than
     * use made-up bytes.
     */
    private static final Externs NO_RANDOMNESS = new Externs() {
        @Override
        public byte[] chainRandomness(long epoch) {
            throw new IllegalStateException("genesis constructors have no chain randomness (epoch " + epoch + ")");
        }

        @Override
        public byte[] beaconRandomness(long epoch) {
            throw new IllegalStateException("genesis constructors have no beacon randomness (epoch " + epoch + ")");
        }

        @Override
        public Cid tipsetCid(long epoch) {
            throw new IllegalStateException("genesis has no earlier tipsets (epoch " + epoch + ")");
        }
    };

    private final Blockstore bundle;
    private final Cid manifestRoot;
    private NetworkVersion networkVersion;
    private long chainId;
    private String networkName;
    private long timestamp;
    private Address rootKey;
    private Address reserveKey;
    private final List<GenesisAccount> accounts = new ArrayList<>();

    /**
     * @param bundle a store holding the bundle's blocks (it is only read)
     * @param manifestRoot the bundle's root CID, {@code [1, manifest_data_cid]}
     */
    public GenesisBuilder(Blockstore bundle, Cid manifestRoot) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.manifestRoot = Objects.requireNonNull(manifestRoot, "manifestRoot");
    }

    /** The network version the chain starts at (required); its FVM line must be implemented. */
    public GenesisBuilder networkVersion(NetworkVersion nv) {
        this.networkVersion = Objects.requireNonNull(nv, "networkVersion");
        return this;
    }

    /** The EIP-155 chain id actors see (31415926 for local networks, {@code fevm.md} §1). */
    public GenesisBuilder chainId(long id) {
        this.chainId = id;
        return this;
    }

    /** The network name stored in the init actor's state (required). */
    public GenesisBuilder networkName(String name) {
        this.networkName = Objects.requireNonNull(name, "networkName");
        return this;
    }

    /** The genesis block's timestamp, in seconds. */
    public GenesisBuilder timestamp(long seconds) {
        this.timestamp = seconds;
        return this;
    }

    /** The f1 or f3 key of the verified registry's root key account f080 (required). */
    public GenesisBuilder verifiedRegistryRootKey(Address key) {
        this.rootKey = requireKey(key, "the verifier root key");
        return this;
    }

    /** The f1 or f3 key of the reserve account f090 (required). */
    public GenesisBuilder reserveKey(Address key) {
        this.reserveKey = requireKey(key, "the reserve");
        return this;
    }

    /** Adds a genesis account; accounts get ids from f0100 in the order they are added. */
    public GenesisBuilder account(GenesisAccount account) {
        accounts.add(Objects.requireNonNull(account, "account"));
        return this;
    }

    private static Address requireKey(Address key, String what) {
        Objects.requireNonNull(key, what);
        if (!GenesisAccount.isKeyAddress(key)) {
            throw new IllegalArgumentException(what + " must be an f1 or f3 key address, got " + key);
        }
        return key;
    }

    /**
     * Builds the genesis, running the singleton constructors with {@code runner}.
     *
     * @throws IllegalStateException if a required input (network version, network name, root key, reserve key) is
     *     not set
     * @throws UnsupportedOperationException if the network version's state tree cannot hold delegated addresses
     * @throws GenesisException if the bundle lacks an actor genesis needs, the accounts do not fit, or a constructor
     *     does not exit 0
     */
    public Genesis build(ActorCodeRunner runner) {
        Objects.requireNonNull(runner, "runner");
        FvmRules rules = rules();
        LayeredBlockstore store = new LayeredBlockstore(new MemoryBlockstore(), bundle);
        Manifest manifest = manifest(store);
        Map<Address, Long> ids = assignIds();
        TokenAmount reserveBalance = reserveBalance();

        StateTree tree = StateTree.create(store, rules.stateTreeVersion());
        writeDirectly(tree, store, manifest, ids, reserveBalance);

        MachineContext context = MachineContext.of(networkVersion, 0, timestamp, TokenAmount.ZERO, TokenAmount.ZERO,
                tree.flush()).withChainId(chainId);
        Executor executor = new Executor(new Machine(context, store, NO_RANDOMNESS), runner);
        for (SingletonActor actor : SingletonActor.values()) {
            construct(executor, actor);
        }
        return new Genesis(executor.flush(), store, ids, networkVersion, chainId, timestamp);
    }

    /** Writes every actor genesis does not construct, and the headers of those it does (see the class comment). */
    private void writeDirectly(StateTree tree, Blockstore store, Manifest manifest, Map<Address, Long> ids,
                               TokenAmount reserveBalance) {
        Cid emptyArray = store.putCbor(CborArray.EMPTY);
        Cid systemState = store.putCbor(CborArray.of(new CborLink(manifest.dataCid())));
        tree.setActor(GenesisIds.SYSTEM, new ActorState(manifest.codeOf("system"), systemState, 0, TokenAmount.ZERO,
                null));
        Cid initState = store.putCbor(initState(store, ids).toCbor());
        tree.setActor(GenesisIds.INIT, new ActorState(manifest.codeOf("init"), initState, 0, TokenAmount.ZERO, null));
        for (SingletonActor actor : SingletonActor.values()) {
            tree.setActor(actor.id(), new ActorState(manifest.codeOf(actor.manifestName()), emptyArray, 0,
                    actor.balance(), null));
        }
        tree.setActor(GenesisIds.EAM, ActorState.empty(manifest.codeOf("eam"), null));
        tree.setActor(GenesisIds.VERIFREG_ROOT_KEY, keyAccount(store, manifest, rootKey, TokenAmount.ZERO));
        tree.setActor(GenesisIds.RESERVE, keyAccount(store, manifest, reserveKey, reserveBalance));
        tree.setActor(GenesisIds.BURNT_FUNDS, keyAccount(store, manifest, Address.id(GenesisIds.BURNT_FUNDS),
                TokenAmount.ZERO));
        for (GenesisAccount account : accounts) {
            tree.setActor(ids.get(account.address()), account.isEthereum()
                    ? ethAccount(manifest, emptyArray, account.address(), account.balance())
                    : keyAccount(store, manifest, account.address(), account.balance()));
        }
        tree.setActor(ids.get(ETH_NULL_ADDRESS), ethAccount(manifest, emptyArray, ETH_NULL_ADDRESS, TokenAmount.ZERO));
    }

    private FvmRules rules() {
        if (networkVersion == null || networkName == null || rootKey == null || reserveKey == null) {
            throw new IllegalStateException("a genesis needs a network version, a network name, a verifier root key"
                    + " and a reserve key");
        }
        FvmRules rules = FvmRules.of(networkVersion);
        // The EAM and the Ethereum accounts carry delegated addresses, which only 5-field actor entries hold.
        if (rules.stateTreeVersion().actorFields() < 5) {
            throw new UnsupportedOperationException("cannot build a genesis at " + networkVersion + ": " + rules.line()
                    + " stores actors without delegated addresses (state tree " + rules.stateTreeVersion()
                    + "); genesis needs nv18 or later");
        }
        return rules;
    }

    private Manifest manifest(Blockstore store) {
        Manifest manifest;
        try {
            manifest = Manifest.loadFromBundleRoot(store, manifestRoot);
        } catch (StateTreeException e) {
            throw new GenesisException("cannot read the bundle " + manifestRoot + ": " + e.getMessage(), e);
        }
        List<String> missing = REQUIRED_ACTORS.stream().filter(name -> manifest.codeOf(name) == null).toList();
        if (!missing.isEmpty()) {
            throw new GenesisException("bundle " + manifestRoot + " (manifest " + manifest.dataCid()
                    + ") lacks the actors " + missing + " that a genesis needs");
        }
        return manifest;
    }

    /** Every account address with its id, in id order; rejects duplicates and more accounts than ids. */
    private Map<Address, Long> assignIds() {
        if (accounts.size() > MAX_ACCOUNTS) {
            throw new GenesisException(accounts.size() + " genesis accounts do not fit the ids f0"
                    + GenesisIds.FIRST_ACCOUNT + "–f0" + (GenesisIds.FIRST_NON_ACCOUNT - 1) + " (at most "
                    + MAX_ACCOUNTS + ")");
        }
        Map<Address, Long> ids = new LinkedHashMap<>();
        place(ids, rootKey, GenesisIds.VERIFREG_ROOT_KEY);
        place(ids, reserveKey, GenesisIds.RESERVE);
        for (int i = 0; i < accounts.size(); i++) {
            place(ids, accounts.get(i).address(), GenesisIds.FIRST_ACCOUNT + i);
        }
        place(ids, ETH_NULL_ADDRESS, GenesisIds.FIRST_NON_ACCOUNT);
        return ids;
    }

    private static void place(Map<Address, Long> ids, Address address, long id) {
        Long previous = ids.putIfAbsent(address, id);
        if (previous != null) {
            throw new GenesisException("address " + address + " is given to both f0" + previous + " and f0" + id);
        }
    }

    /** What the reserve holds: the 2e9 FIL supply less the reward pool and the genesis accounts' balances. */
    private TokenAmount reserveBalance() {
        TokenAmount allocated = TokenAmount.ZERO;
        for (SingletonActor actor : SingletonActor.values()) {
            allocated = allocated.plus(actor.balance());
        }
        for (GenesisAccount account : accounts) {
            allocated = allocated.plus(account.balance());
        }
        TokenAmount reserve = MachineContext.TOTAL_FILECOIN.minus(allocated);
        if (reserve.isNegative()) {
            throw new GenesisException("genesis allocates " + allocated + ", more than the total supply of "
                    + MachineContext.TOTAL_FILECOIN);
        }
        return reserve;
    }

    /** The init actor's state: every account address mapped to its id, {@code next_id} one past the last id used. */
    private InitActorState initState(Blockstore store, Map<Address, Long> ids) {
        Hamt addressMap = Hamt.empty(store, Hamt.DEFAULT_BIT_WIDTH);
        ids.forEach((address, id) -> addressMap.set(address.toBytes(), CborInt.ofU64(id)));
        return new InitActorState(addressMap.flush(), ids.get(ETH_NULL_ADDRESS) + 1, networkName);
    }

    /** An account actor over {@code address}: state {@code [address]} ({@code actors/account/src/state.rs}). */
    private static ActorState keyAccount(Blockstore store, Manifest manifest, Address address, TokenAmount balance) {
        Cid state = store.putCbor(CborArray.of(address.toCbor()));
        return new ActorState(manifest.codeOf("account"), state, 0, balance, null);
    }

    /** An EthAccount: no state of its own, the f410 address as its delegated address (Lotus {@code genesis_eth.go}). */
    private static ActorState ethAccount(Manifest manifest, Cid emptyArray, Address f410, TokenAmount balance) {
        return new ActorState(manifest.codeOf("ethaccount"), emptyArray, 0, balance, f410);
    }

    private static void construct(Executor executor, SingletonActor actor) {
        Message message = new Message(0, Address.id(actor.id()), Address.id(GenesisIds.SYSTEM), 0, TokenAmount.ZERO,
                CONSTRUCTOR_GAS_LIMIT, TokenAmount.ZERO, TokenAmount.ZERO, METHOD_CONSTRUCTOR,
                actor.constructorParams());
        ApplyRet ret;
        try {
            ret = executor.execute(message, ApplyKind.IMPLICIT, message.encode().length);
        } catch (RuntimeException e) {
            throw new GenesisException("cannot run the constructor of the " + actor + ": " + e.getMessage(), e);
        }
        int exit = ret.receipt().exitCode();
        if (exit != ExitCode.OK) {
            throw new GenesisException("the constructor of the " + actor + " exited with code " + exit + ": "
                    + ret.failureInfo());
        }
    }
}
