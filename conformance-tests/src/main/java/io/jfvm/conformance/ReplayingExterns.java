package io.jfvm.conformance;

import io.jfvm.ipld.Cid;
import io.jfvm.runtime.machine.Externs;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Replays the randomness recorded in a vector, as ref-fvm's {@code ReplayingRand}: an entry matching (kind, epoch)
 * returns its digest, anything else the fixed 32 bytes {@code i_am_random_____i_am_random_____}. Vectors record no
 * tipset CIDs, and ref-fvm's conformance extern has none ({@code todo!()}, a host panic): asking is Fatal.
 */
public final class ReplayingExterns implements Externs {
    /** What the reference runner returns when no entry matches. */
    static final byte[] FALLBACK = "i_am_random_____i_am_random_____".getBytes(StandardCharsets.US_ASCII);

    private final List<RandomnessEntry> entries;

    public ReplayingExterns(List<RandomnessEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public byte[] chainRandomness(long epoch) {
        return lookup("chain", epoch);
    }

    @Override
    public byte[] beaconRandomness(long epoch) {
        return lookup("beacon", epoch);
    }

    @Override
    public Cid tipsetCid(long epoch) {
        throw new UnsupportedOperationException("conformance vectors carry no tipset CIDs (epoch " + epoch + ")");
    }

    private byte[] lookup(String kind, long epoch) {
        for (RandomnessEntry e : entries) {
            if (e.kind().equals(kind) && e.epoch() == epoch) {
                return e.digest().clone();
            }
        }
        return FALLBACK.clone();
    }
}
