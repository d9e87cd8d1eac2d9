package io.jfvm.proofs.update;

import io.jfvm.proofs.Fr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Public inputs of the empty-sector-update (SnapDeals) proof, non-Poseidon circuit
 * (rust-fil-proofs storage-proofs-update; proofs.md §C6): per partition k,
 * [k | (h_select << log2(partitions)), comm_r_old, comm_d_new, comm_r_new].
 */
public final class ReplicaUpdatePublicInputs {
    private ReplicaUpdatePublicInputs() {
    }

    public static final long[] SIZES = {2048L, 8L << 20, 512L << 20, 32L << 30, 64L << 30};

    public static long sectorSize(long updateProofType) {
        if (updateProofType < 0 || updateProofType > 4) {
            throw new IllegalArgumentException("unknown registered update proof " + updateProofType);
        }
        return SIZES[(int) updateProofType];
    }

    /** 1 (≤ 2^8 nodes), 2 (≤ 2^10), 4 (≤ 2^19), else 16. */
    public static int partitions(long sectorSize) {
        long nodes = sectorSize / 32;
        if (nodes <= 1 << 8) {
            return 1;
        }
        if (nodes <= 1 << 10) {
            return 2;
        }
        return nodes <= 1 << 19 ? 4 : 16;
    }

    /**
     * h_select = 2^(index of the default h in the allowed list): the lists are [1;6] for ≤ 2^10
     * nodes (default 1, index 0) and [7..12] above (default hs[3] = 10).
     */
    static long hSelect(long sectorSize) {
        long nodes = sectorSize / 32;
        return nodes <= 1 << 10 ? 1 : 1 << 3;
    }

    public static List<List<BigInteger>> generate(long sectorSize, byte[] commROld, byte[] commDNew, byte[] commRNew) {
        BigInteger rOld = Fr.fromLeBytes(commROld, "comm_r_old");
        BigInteger dNew = Fr.fromLeBytes(commDNew, "comm_d_new");
        BigInteger rNew = Fr.fromLeBytes(commRNew, "comm_r_new");
        int partitions = partitions(sectorSize);
        int log2 = Integer.numberOfTrailingZeros(partitions);
        List<List<BigInteger>> out = new ArrayList<>();
        for (int k = 0; k < partitions; k++) {
            long tag = k | (hSelect(sectorSize) << log2);
            out.add(List.of(BigInteger.valueOf(tag), rOld, dNew, rNew));
        }
        return out;
    }
}
