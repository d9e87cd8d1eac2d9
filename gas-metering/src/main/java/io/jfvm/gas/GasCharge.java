package io.jfvm.gas;

import java.util.Objects;

/**
 * One named charge, in milligas, split into compute and other (storage or deferred) gas. Only the total is
 * consensus; the split and the name appear in gas traces, where they must match the FVM's.
 *
 * @param name the FVM's charge name, e.g. {@code OnChainMessage}
 * @param computeMilligas compute gas in milligas
 * @param otherMilligas other gas in milligas (FVM v2 calls it storage gas)
 */
public record GasCharge(String name, long computeMilligas, long otherMilligas) {
    public GasCharge {
        Objects.requireNonNull(name, "name");
    }

    /** A charge that is all compute gas. */
    public static GasCharge compute(String name, long milligas) {
        return new GasCharge(name, milligas, 0);
    }

    /** A charge that is all other gas. */
    public static GasCharge other(String name, long milligas) {
        return new GasCharge(name, 0, milligas);
    }

    /** compute + other, saturating. */
    public long totalMilligas() {
        return Gas.add(computeMilligas, otherMilligas);
    }

    @Override
    public String toString() {
        return name + "(compute " + Gas.format(computeMilligas) + ", other " + Gas.format(otherMilligas) + ")";
    }
}
