package io.jfvm.proofs;

/**
 * The FVM's RegisteredPoStProof (i64): 0..4 StackedDrgWinning{2KiB..64GiB}V1, 5..9
 * StackedDrgWindow*V1 (api V1_0_0), 10..14 StackedDrgWindow*V1P1 (api V1_2_0, FIP-0061).
 */
public record PoStProofType(long id, long sectorSize, boolean winning, ApiVersion apiVersion) {
    public static PoStProofType of(long id) {
        if (id < 0 || id > 14) {
            throw new IllegalArgumentException("unknown registered PoSt proof " + id);
        }
        long size = SealProofType.SIZES[(int) (id % 5)];
        if (id < 5) {
            return new PoStProofType(id, size, true, ApiVersion.V1_0_0);
        }
        return new PoStProofType(id, size, false, id < 10 ? ApiVersion.V1_0_0 : ApiVersion.V1_2_0);
    }

    /** Sectors per Window PoSt partition: 2349 (32GiB), 2300 (64GiB), 2 (smaller); Winning: 1. */
    public int sectorsPerPartition() {
        if (winning) {
            return 1;
        }
        if (sectorSize == (32L << 30)) {
            return 2349;
        }
        return sectorSize == (64L << 30) ? 2300 : 2;
    }
}
