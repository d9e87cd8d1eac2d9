package io.jfvm.runtime.call;

import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.Fip0057PriceList;
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
 * FIP-0055 state-access charging (ref-fvm v3 {@code state_access_tracker.rs}): which actors were already read or
 * updated, and which addresses already resolved, in this message, so each is charged once. The preloaded actors are
 * prepaid by the inclusion cost. Transactions nest; a reverted transaction forgets its accesses, so they are charged
 * again later.
 */
public final class TrackedStateAccess implements StateAccess {
    /** Access levels, ordered: an update implies a read. */
    enum Access { READ, UPDATED }

    private final Map<Long, Access> actors = new HashMap<>();
    private final Set<Address> addresses = new HashSet<>();
    /** Undo log: each entry restores one mapping. */
    private final List<Runnable> undo = new ArrayList<>();
    private final Deque<Integer> layers = new ArrayDeque<>();

    private final Fip0057PriceList prices;
    private final GasTracker gas;

    public TrackedStateAccess(Fip0057PriceList prices, GasTracker gas) {
        this.prices = prices;
        this.gas = gas;
        for (long id : prices.preloadedActors()) {
            actors.put(id, Access.UPDATED);
        }
    }

    @Override
    public void chargeResolve(Address address) {
        if (!address.isId() && !addresses.contains(address)) {
            gas.apply(prices.onResolveAddress());
        }
    }

    @Override
    public void resolved(Address address) {
        if (!address.isId() && addresses.add(address) && !layers.isEmpty()) {
            undo.add(() -> addresses.remove(address));
        }
    }

    @Override
    public void chargeRead(long id) {
        if (!actors.containsKey(id)) {
            gas.apply(prices.onActorLookup());
        }
    }

    @Override
    public void read(long id) {
        if (!actors.containsKey(id)) {
            setActor(id, Access.READ);
        }
    }

    @Override
    public void chargeUpdate(long id) {
        Access a = actors.get(id);
        if (a == null) {
            gas.apply(prices.onActorLookup());
        }
        if (a != Access.UPDATED) {
            gas.apply(prices.onActorUpdate());
        }
    }

    @Override
    public void updated(long id) {
        setActor(id, Access.UPDATED);
    }

    @Override
    public void beginTransaction() {
        layers.push(undo.size());
    }

    @Override
    public void endTransaction(boolean revert) {
        int mark = layers.pop();
        if (revert) {
            for (int i = undo.size() - 1; i >= mark; i--) {
                undo.remove(i).run();
            }
        } else if (layers.isEmpty()) {
            undo.clear();
        }
    }

    private void setActor(long id, Access access) {
        Access previous = actors.put(id, access);
        if (!layers.isEmpty() && previous != access) {
            undo.add(previous == null ? () -> actors.remove(id) : () -> actors.put(id, previous));
        }
    }
}
