package io.jfvm.runtime.state;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.hamt.Hamt;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.StateRoot;
import io.jfvm.ipld.types.StateTreeVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The actors of one state root, following ref-fvm's {@code StateTree}: actors live in a HAMT (bit width 5) keyed
 * by ID-address bytes; reads and writes go through caches with undo history, so nested transactions can be
 * committed or reverted; {@link #flush()} writes the dirty actors into the HAMT and a new {@link StateRoot}.
 * Non-ID addresses resolve through the init actor's address map. Not thread-safe: one tree per machine.
 */
public final class StateTree {
    /** The init actor's id, owner of the address map. */
    public static final long INIT_ACTOR_ID = 1;

    /** A cached actor: {@code state == null} means deleted or absent. */
    private record CachedActor(ActorState state, boolean dirty) {}

    private final Blockstore store;
    private final StateTreeVersion version;
    private final Cid info;
    private final Hamt actors;
    private final HistoryMap<Long, CachedActor> actorCache = new HistoryMap<>();
    private final HistoryMap<Address, Long> resolveCache = new HistoryMap<>();
    private int depth;

    private StateTree(Blockstore store, StateTreeVersion version, Cid info, Hamt actors) {
        this.store = store;
        this.version = version;
        this.info = info;
        this.actors = actors;
    }

    /** Opens the state tree at {@code root}. */
    public static StateTree load(Blockstore store, Cid root) {
        StateRoot sr;
        try {
            sr = StateRoot.fromCbor(store.getCbor(root));
        } catch (IpldException e) {
            throw new StateTreeException("cannot load state root " + root + ": " + e.getMessage(), e);
        }
        return new StateTree(store, sr.version(), sr.info(), Hamt.load(store, sr.actors(), Hamt.DEFAULT_BIT_WIDTH));
    }

    /** A new, empty state tree of the given version (its info block is the empty array, as in ref-fvm). */
    public static StateTree create(Blockstore store, StateTreeVersion version) {
        store.putCbor(CborArray.EMPTY);
        return new StateTree(store, version, StateRoot.EMPTY_ARRAY_CID, Hamt.empty(store, Hamt.DEFAULT_BIT_WIDTH));
    }

    public StateTreeVersion version() {
        return version;
    }

    public Blockstore store() {
        return store;
    }

    /** The actor with id {@code id}, or empty if there is none. */
    public Optional<ActorState> getActor(long id) {
        CachedActor cached = actorCache.get(id);
        if (cached == null) {
            CborValue raw = actors.get(Address.id(id).toBytes());
            ActorState state;
            try {
                state = raw == null ? null : ActorState.fromCbor(raw);
            } catch (IpldException e) {
                throw new StateTreeException("actor " + id + " has a malformed state entry: " + e.getMessage(), e);
            }
            cached = new CachedActor(state, false);
            actorCache.put(id, cached);
        }
        return Optional.ofNullable(cached.state());
    }

    /** Creates or replaces the actor with id {@code id}. */
    public void setActor(long id, ActorState state) {
        if (version.actorFields() == 4 && state.delegatedAddress() != null) {
            throw new StateTreeException("state tree " + version + " cannot hold delegated address of actor " + id);
        }
        actorCache.put(id, new CachedActor(state, true));
    }

    /** Removes the actor with id {@code id}; fails if it does not exist. */
    public void deleteActor(long id) {
        if (getActor(id).isEmpty()) {
            throw new StateTreeException("cannot delete actor " + id + ": it does not exist");
        }
        actorCache.put(id, new CachedActor(null, true));
    }

    /** The actor named by {@code address} (any protocol), or empty. */
    public Optional<ActorState> getActor(Address address) {
        OptionalLong id = lookupId(address);
        return id.isPresent() ? getActor(id.getAsLong()) : Optional.empty();
    }

    /** Resolves an address to an actor id: ID addresses directly, others through the init actor's address map. */
    public OptionalLong lookupId(Address address) {
        if (address.isId()) {
            return OptionalLong.of(address.id());
        }
        Long cached = resolveCache.get(address);
        if (cached != null) {
            return OptionalLong.of(cached);
        }
        InitActorState init = initState();
        CborValue id = Hamt.load(store, init.addressMap(), Hamt.DEFAULT_BIT_WIDTH).get(address.toBytes());
        if (id == null) {
            return OptionalLong.empty();
        }
        long resolved = id.asU64();
        resolveCache.put(address, resolved);
        return OptionalLong.of(resolved);
    }

    /** Assigns the next actor id to {@code address} in the init actor's address map and returns it. */
    public long registerNewAddress(Address address) {
        if (address.isId()) {
            throw new StateTreeException("cannot register ID address " + address);
        }
        ActorState initActor = initActor();
        InitActorState init = initState(initActor);
        Hamt map = Hamt.load(store, init.addressMap(), Hamt.DEFAULT_BIT_WIDTH);
        long id = init.nextId();
        if (map.set(address.toBytes(), CborInt.ofU64(id)) != null) {
            throw new StateTreeException("address " + address + " is already registered");
        }
        InitActorState next = new InitActorState(map.flush(), id + 1, init.networkName());
        setActor(INIT_ACTOR_ID, initActor.withState(store.putCbor(next.toCbor())));
        resolveCache.put(address, id);
        return id;
    }

    private ActorState initActor() {
        return getActor(INIT_ACTOR_ID).orElseThrow(() -> new StateTreeException("the init actor (id 1) is missing"));
    }

    private InitActorState initState() {
        return initState(initActor());
    }

    private InitActorState initState(ActorState initActor) {
        try {
            return InitActorState.fromCbor(store.getCbor(initActor.state()));
        } catch (IpldException e) {
            throw new StateTreeException("cannot read the init actor state " + initActor.state() + ": " + e.getMessage(), e);
        }
    }

    /** Opens a (nested) transaction. */
    public void beginTransaction() {
        actorCache.checkpoint();
        resolveCache.checkpoint();
        depth++;
    }

    /** Closes the innermost transaction, undoing its changes if {@code revert}. */
    public void endTransaction(boolean revert) {
        if (depth == 0) {
            throw new StateTreeException("no transaction to end");
        }
        depth--;
        if (revert) {
            actorCache.rollback();
            resolveCache.rollback();
        } else {
            actorCache.commit();
            resolveCache.commit();
        }
    }

    public boolean inTransaction() {
        return depth > 0;
    }

    /** Writes every changed actor into the actors HAMT and returns the CID of the new state root. */
    public Cid flush() {
        if (inTransaction()) {
            throw new StateTreeException("cannot flush the state tree inside a transaction");
        }
        List<Map.Entry<Long, CachedActor>> dirty = new ArrayList<>();
        actorCache.forEach((id, c) -> {
            if (c.dirty()) dirty.add(Map.entry(id, c));
        });
        dirty.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Long, CachedActor> e : dirty) {
            byte[] key = Address.id(e.getKey()).toBytes();
            ActorState state = e.getValue().state();
            if (state == null) {
                actors.delete(key);
            } else {
                actors.set(key, state.toCbor(version));
            }
            actorCache.put(e.getKey(), new CachedActor(state, false));
        }
        return store.putCbor(new StateRoot(version, actors.flush(), info).toCbor());
    }
}
