package io.jfvm.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.ipld.Cid;
import io.jfvm.proofs.FilecoinProofVerifier;
import io.jfvm.runtime.kernel.EngineActorCodeRunner;
import io.jfvm.runtime.kernel.crypto.RealProofPolicy;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.hamt.Hamt;
import io.jfvm.ipld.store.LayeredBlockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.testing.SharedData;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.StateRoot;
import io.jfvm.ipld.types.StateTreeVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.machine.Externs;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.InitActorState;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.runtime.state.StateTree;
import java.util.Arrays;

/**
 * A complete small state over a shared bundle's manifest, for tests that need addresses a vector's partial state
 * cannot register: system (f00), init (f01), reward (f02), burnt funds (f099) and an account sender f0100 with an
 * f1 address and 1,000 FIL. Tests add their own actors to {@link #tree} before building the {@link #machine}.
 */
public final class SmallState {
    public static final long SENDER_ID = 100;
    /** A shared bundle and the manifest data CID its system actor points at (../shared/bundles/README.md). */
    public record Bundle(String file, Cid manifestData) {
        Bundle(String file, String manifestData) {
            this(file, Cid.parse(manifestData));
        }
    }

    /** The mainnet bundle of each network version (fvm-v4-deltas.md §1). */
    public static Bundle bundle(int networkVersion) {
        return switch (networkVersion) {
            case 16, 17 -> new Bundle("v9-mainnet.car", "bafy2bzacebhoemuuebamhlw7mbr7ehljkymyaf75ywlw4irms4xv3oosskpyk");
            case 18 -> new Bundle("v10-mainnet.car", "bafy2bzacea5a4r4pgc5pjcy2kx7mcbjcmc72chs7qqyl5o4jirxiplnqdmpo2");
            case 19, 20 -> new Bundle("v11-mainnet.car", "bafy2bzacecjwjjpt7z4u2bvkwabsjgllvhvccr6trupvyl2t5ozfc2ie3m3d6");
            case 21 -> new Bundle("v12-mainnet.car", "bafy2bzaceagtyc6ilyswzbnrqesundxukptrnohuesaz6vo4gnlz6n2kojjgk");
            case 22 -> new Bundle("v13-mainnet.car", "bafy2bzacebbitl3dzqy3s76tp5rt3nan7kxgtw5fpque3bc7joufeesxhvbkg");
            case 23 -> new Bundle("v14-mainnet.car", "bafy2bzacebs7r6j33n7xccgn6ewkowhxnndltz43wv256igyubqwc5x5rkqn6");
            case 24 -> new Bundle("v15-mainnet.car", "bafy2bzaceakdqsy5u3lptqnqag44sgrgazi6l2u6ukdxopcpdprtsnet5mobk");
            case 25, 26 -> new Bundle("v16-mainnet.car", "bafy2bzaceavbltrvpskmmc4lmy3ur7ymigxqtnesdx3lld576puv63uolufks");
            case 27 -> new Bundle("v17-mainnet.car", "bafy2bzaceasz5pov3d4tyxxdcxj2qvvdnkdxihzycj5oos5t2xj5pznwvxvem");
            case 28 -> new Bundle("v18-mainnet.car", "bafy2bzacea275suujjuaddglc2kbbgracldjbbs5cjys6zsivcswubv5x7es4");
            default -> throw new IllegalArgumentException("no bundle for network version " + networkVersion);
        };
    }
    /** Randomness that the tests' actors never depend on. */
    public static final Externs NO_RANDOMNESS = new Externs() {
        @Override
        public byte[] chainRandomness(long epoch) {
            return new byte[32];
        }

        @Override
        public byte[] beaconRandomness(long epoch) {
            return new byte[32];
        }

        @Override
        public Cid tipsetCid(long epoch) {
            throw new UnsupportedOperationException("the small test state has no chain");
        }
    };

    /**
     * Compiled actors shared by every runtime test, on disk under {@code target/}, so each bundle is compiled once per
     * build whichever test needs it first.
     */
    public static final java.nio.file.Path ACTOR_CACHE = java.nio.file.Path.of("target", "actor-cache");
    private static final EngineActorCodeRunner RUNNER = EngineActorCodeRunner.withProofPolicy(
            new RealProofPolicy(FilecoinProofVerifier.fromEnvironment(), null), new DiskCache(ACTOR_CACHE));

    /** The engine-backed runner the tests share: real proofs (none are verified here), compiled actors cached. */
    public static EngineActorCodeRunner runner() {
        return RUNNER;
    }

    public final int networkVersion;
    public final LayeredBlockstore store;
    public final Manifest manifest;
    public final StateTree tree;
    public final Address sender;

    private SmallState(int networkVersion) {
        boolean v2 = networkVersion <= 17;
        Bundle bundle = bundle(networkVersion);
        this.networkVersion = networkVersion;
        this.store = new LayeredBlockstore(new MemoryBlockstore(), SharedData.bundle(bundle.file()));
        Cid manifestData = bundle.manifestData();
        this.manifest = Manifest.load(store, manifestData);
        this.tree = StateTree.create(store, v2 ? StateTreeVersion.V4 : StateTreeVersion.V5);
        Cid emptyMap = Hamt.empty(store, Hamt.DEFAULT_BIT_WIDTH).flush();
        tree.setActor(0, new ActorState(manifest.codeOf("system"),
                store.putCbor(CborArray.of(new CborLink(manifestData))), 0, TokenAmount.ZERO, null));
        tree.setActor(1, new ActorState(manifest.codeOf("init"),
                store.putCbor(new InitActorState(emptyMap, SENDER_ID, "jfvm-test").toCbor()), 0, TokenAmount.ZERO,
                null));
        tree.setActor(2, ActorState.empty(manifest.codeOf("reward"), null));
        tree.setActor(99, ActorState.empty(manifest.codeOf("account"), null));
        if (!v2) {
            // The EAM (f010), a preloaded actor from v3 on; never constructed, as on a real network.
            tree.setActor(10, ActorState.empty(manifest.codeOf("eam"), null));
        }
        byte[] key = new byte[65];
        Arrays.fill(key, (byte) 1);
        this.sender = Address.secp256k1FromPublicKey(key);
        assertEquals(SENDER_ID, tree.registerNewAddress(sender));
        tree.setActor(SENDER_ID, new ActorState(manifest.codeOf("account"), StateRoot.EMPTY_ARRAY_CID, 0,
                TokenAmount.ofWholeFil(1000), null));
    }

    /** The builtin-actors manifest of the bundle for {@code networkVersion}. */
    public static Manifest manifest(int networkVersion) {
        Bundle bundle = bundle(networkVersion);
        return Manifest.load(SharedData.bundle(bundle.file()), bundle.manifestData());
    }

    /** The state for {@code networkVersion} over its mainnet bundle. */
    public static SmallState create(int networkVersion) {
        return new SmallState(networkVersion);
    }

    /** Flushes the tree and builds a machine at epoch 2,700,000 with a base fee of 100 attoFIL. */
    public Machine machine(boolean tracing) {
        Cid root = tree.flush();
        MachineContext ctx = MachineContext.of(NetworkVersion.of(networkVersion), 2_700_000, 2_700_000 * 30L, TokenAmount.ofAtto(100),
                MachineContext.TOTAL_FILECOIN, root).withTracing(tracing);
        return new Machine(ctx, store, NO_RANDOMNESS);
    }
}
