package io.jfvm.gas;

import io.jfvm.ipld.types.OutOfGas;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The FVM's gas tracker, in milligas (ref-fvm {@code fvm/src/gas/mod.rs}).
 *
 * <ul>
 *   <li>The limit is capped at {@code i64::MAX} milligas; the initial used amount at the limit.</li>
 *   <li>A charge that would take {@code used} above the limit sets {@code used := limit} and fails with
 *       {@link OutOfGas}; otherwise {@code used} grows by the (saturating) amount.</li>
 *   <li>{@link #pushLimit} starts a sub-limit of {@code min(available, l)} with nothing used;
 *       {@link #popLimit} restores the outer limit and adds what the inner scope used.</li>
 *   <li>Receipts round {@code used} up to whole gas; {@code gas.available} rounds {@code available} down.</li>
 * </ul>
 *
 * <p>FVM v2 trackers never push limits, and SKYR's {@code OnDeleteActor} is a negative charge that lowers
 * {@code used}; both work here unchanged. Not thread-safe: one tracker belongs to one message execution.
 */
public final class GasTracker {
    private record Snapshot(long limit, long used) {}

    private long limit;
    private long used;
    private final Deque<Snapshot> snapshots = new ArrayDeque<>();
    private final List<GasCharge> trace;

    /**
     * @param limitMilligas the gas limit in milligas (capped at {@code Long.MAX_VALUE})
     * @param usedMilligas gas already used, in milligas (capped at the limit)
     * @param tracing whether to record every charge for {@link #trace()}
     */
    public GasTracker(long limitMilligas, long usedMilligas, boolean tracing) {
        this.limit = limitMilligas;
        this.used = Math.min(usedMilligas, limitMilligas);
        this.trace = tracing ? new ArrayList<>() : null;
    }

    /** A tracker for a message with {@code gasLimit} whole gas and nothing used, without tracing. */
    public static GasTracker forMessage(long gasLimit) {
        return new GasTracker(Gas.of(gasLimit), 0, false);
    }

    /** Applies a named charge (its total). */
    public void apply(GasCharge charge) {
        if (trace != null) {
            trace.add(charge);
        }
        chargeInner(charge.name(), charge.totalMilligas());
    }

    /** Charges {@code milligas} as compute gas under {@code name}. */
    public void charge(String name, long milligas) {
        apply(GasCharge.compute(name, milligas));
    }

    private void chargeInner(String name, long amount) {
        // v3/v4 add in u64, where a sum beyond i64::MAX still exceeds every (capped) limit: treat overflow as
        // "above the limit" rather than letting a signed saturation land exactly on a limit of Long.MAX_VALUE.
        boolean overflow = amount > 0 && used > Long.MAX_VALUE - amount;
        long next = Gas.add(used, amount);
        if (overflow || next > limit) {
            long available = available();
            used = limit;
            throw new OutOfGas(name, "out of gas charging " + name + ": " + Gas.format(amount) + " requested, "
                    + Gas.format(available) + " available");
        }
        used = next;
    }

    /** Starts a sub-limit: the new limit is {@code min(available, newLimit)} and nothing is used yet. */
    public void pushLimit(long newLimitMilligas) {
        snapshots.push(new Snapshot(limit, used));
        limit = Math.min(available(), newLimitMilligas);
        used = 0;
    }

    /** Ends the innermost sub-limit; what it used is added to the outer scope. */
    public void popLimit() {
        if (snapshots.isEmpty()) {
            throw new IllegalStateException("no gas limit to pop: popLimit without a matching pushLimit");
        }
        Snapshot s = snapshots.pop();
        limit = s.limit();
        used = Gas.add(used, s.used());
    }

    /** The current limit in milligas. */
    public long limit() {
        return limit;
    }

    /** Gas used in the current scope, in milligas. */
    public long used() {
        return used;
    }

    /** {@code limit - used}, in milligas. */
    public long available() {
        return Gas.sub(limit, used);
    }

    /** The receipt's {@code gas_used}: used, at least 0, rounded up to whole gas. */
    public long receiptGasUsed() {
        return Gas.roundUp(Math.max(0, used));
    }

    /** What {@code gas.available} returns to an actor: available gas rounded down. */
    public long availableRoundedDown() {
        return Gas.roundDown(available());
    }

    /** Whether charges are recorded. */
    public boolean tracing() {
        return trace != null;
    }

    /** The recorded charges in order (empty when tracing is off). The list is a copy. */
    public List<GasCharge> trace() {
        return trace == null ? List.of() : List.copyOf(trace);
    }

    /** Returns the recorded charges and clears the record. */
    public List<GasCharge> drainTrace() {
        if (trace == null) {
            return List.of();
        }
        List<GasCharge> out = List.copyOf(trace);
        trace.clear();
        return out;
    }
}
