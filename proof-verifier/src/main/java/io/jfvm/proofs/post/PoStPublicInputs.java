package io.jfvm.proofs.post;

import io.jfvm.proofs.ApiVersion;
import io.jfvm.proofs.Fr;
import io.jfvm.proofs.Hashes;
import io.jfvm.proofs.PoStProofType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Public inputs of Window and Winning PoSt (rust-fil-proofs fallback PoSt; proofs.md §C4, §C4b).
 * For each sector of a partition: Fr(comm_r), then one leaf index per challenge,
 * u64_LE(SHA-256(randomness ‖ u64_LE(sector) ‖ u64_LE(challenge_index))[0..8]) mod (sector_size/32).
 */
public final class PoStPublicInputs {
    private PoStPublicInputs() {
    }

    public static final int WINDOW_CHALLENGES = 10;
    public static final int WINNING_CHALLENGES = 66;

    /** A challenged sector: its number and 32-byte comm_r. */
    public record Sector(long number, byte[] commR) {
    }

    /** The leaf challenged by challenge index {@code ci} in a sector. */
    public static long leaf(byte[] randomness, long sectorNumber, long ci, long sectorSize) {
        byte[] h = Hashes.sha256(randomness, Hashes.u64Le(sectorNumber), Hashes.u64Le(ci));
        return Long.remainderUnsigned(Hashes.readU64Le(h, 0), sectorSize / 32);
    }

    /** Sectors sorted by number with duplicates collapsed, as the proofs API's BTreeMap does. */
    public static List<Sector> sortedUnique(List<Sector> sectors) {
        SortedMap<Long, byte[]> m = new TreeMap<>(Long::compareUnsigned);
        for (Sector s : sectors) {
            m.put(s.number(), s.commR());
        }
        List<Sector> out = new ArrayList<>();
        for (Map.Entry<Long, byte[]> e : m.entrySet()) {
            out.add(new Sector(e.getKey(), e.getValue()));
        }
        return out;
    }

    public static int windowPartitions(PoStProofType type, int uniqueSectors) {
        int per = type.sectorsPerPartition();
        return (uniqueSectors + per - 1) / per;
    }

    /**
     * Window PoSt inputs, one vector per partition. A short last partition is padded with copies of
     * its last sector's inputs (the copy keeps that sector's own challenges).
     */
    public static List<List<BigInteger>> window(PoStProofType type, byte[] randomness, List<Sector> sectors) {
        if (type.winning()) {
            throw new IllegalArgumentException("registered proof " + type.id() + " is a Winning PoSt type");
        }
        requireRandomness(randomness);
        List<Sector> sorted = sortedUnique(sectors);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("Window PoSt without sectors");
        }
        int per = type.sectorsPerPartition();
        int partitions = windowPartitions(type, sorted.size());
        List<List<BigInteger>> out = new ArrayList<>(partitions);
        for (int k = 0; k < partitions; k++) {
            List<BigInteger> inputs = new ArrayList<>(per * (WINDOW_CHALLENGES + 1));
            List<BigInteger> last = null;
            int end = Math.min(sorted.size(), (k + 1) * per);
            for (int idx = k * per; idx < end; idx++) {
                Sector s = sorted.get(idx);
                last = new ArrayList<>(WINDOW_CHALLENGES + 1);
                last.add(Fr.fromLeBytes(s.commR(), "comm_r of sector " + s.number()));
                for (int n = 0; n < WINDOW_CHALLENGES; n++) {
                    // V1_0_0/V1_1_0 number challenges across the whole proof; V1_2_0 restarts per sector
                    long ci = type.apiVersion() == ApiVersion.V1_2_0 ? n : (long) idx * WINDOW_CHALLENGES + n;
                    last.add(BigInteger.valueOf(leaf(randomness, s.number(), ci, type.sectorSize())));
                }
                inputs.addAll(last);
            }
            for (int pad = end - k * per; pad < per; pad++) {
                inputs.addAll(last);
            }
            out.add(inputs);
        }
        return out;
    }

    /** Winning PoSt inputs: the one challenged sector, 66 times, with challenge indices 0..65. */
    public static List<BigInteger> winning(PoStProofType type, byte[] randomness, Sector sector) {
        if (!type.winning()) {
            throw new IllegalArgumentException("registered proof " + type.id() + " is not a Winning PoSt type");
        }
        requireRandomness(randomness);
        BigInteger commR = Fr.fromLeBytes(sector.commR(), "comm_r of sector " + sector.number());
        List<BigInteger> inputs = new ArrayList<>(2 * WINNING_CHALLENGES);
        for (int i = 0; i < WINNING_CHALLENGES; i++) {
            inputs.add(commR);
            inputs.add(BigInteger.valueOf(leaf(randomness, sector.number(), i, type.sectorSize())));
        }
        return inputs;
    }

    /**
     * Which of {@code sectorSetLength} sectors Winning PoSt challenges (for the node side):
     * u64_LE(SHA-256(prover_id ‖ randomness ‖ u64_LE(n))[0..8]) mod sectorSetLength.
     */
    public static long winningSectorChallenge(byte[] proverId, byte[] randomness, long n, long sectorSetLength) {
        byte[] h = Hashes.sha256(proverId, randomness, Hashes.u64Le(n));
        return Long.remainderUnsigned(Hashes.readU64Le(h, 0), sectorSetLength);
    }

    private static void requireRandomness(byte[] randomness) {
        // the FVM masks the top two bits before calling; proofs then require a canonical Fr
        Fr.fromLeBytes(randomness, "PoSt randomness");
    }
}
