package io.jfvm.runtime.call;

import io.jfvm.ipld.types.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FIP-0055 state-access tracking (ref-fvm v3 {@code state_access_tracker.rs}): which actors were already read or
 * updated, and which addresses already resolved, in this message, so each is charged once. Transactions nest;
 * a reverted transaction forgets its accesses, so they are charged again later.
 */
final class StateAccessTracker {
    /** Access levels, ordered: an update implies a read. */
    enum Access { READ, UPDATED }

    private final Map<Long, Access> actors = new HashMap<>();
    private final Set<Address> addresses = new HashSet<>();
    /** Undo log: each entry restores one mapping. */
    private final List<Runnable> undo = new ArrayList<>();
    private final Deque<Integer> layers = new ArrayDeque<>();

    StateAccessTracker(List<Long> preloaded) {
        for (long id : preloaded) {
            actors.put(id, Access.UPDATED);
        }
    }

    void beginTransaction() {
        layers.push(undo.size());
    }

    void endTransaction(boolean revert) {
        int mark = layers.pop();
        if (revert) {
            for (int i = undo.size() - 1; i >= mark; i--) {
                undo.remove(i).run();
            }
        } else if (layers.isEmpty()) {
            undo.clear();
        }
    }

    /** The highest access already paid for {@code id}, or null. */
    Access actorAccess(long id) {
        return actors.get(id);
    }

    void recordActorRead(long id) {
        if (!actors.containsKey(id)) {
            setActor(id, Access.READ);
        }
    }

    void recordActorUpdate(long id) {
        setActor(id, Access.UPDATED);
    }

    boolean addressResolved(Address address) {
        return address.isId() || addresses.contains(address);
    }

    void recordAddressResolved(Address address) {
        if (!address.isId() && addresses.add(address) && !layers.isEmpty()) {
            undo.add(() -> addresses.remove(address));
        }
    }

    private void setActor(long id, Access access) {
        Access previous = actors.put(id, access);
        if (!layers.isEmpty() && previous != access) {
            undo.add(previous == null ? () -> actors.remove(id) : () -> actors.put(id, previous));
        }
    }
}
