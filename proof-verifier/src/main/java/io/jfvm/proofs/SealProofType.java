package io.jfvm.proofs;

/**
 * The FVM's RegisteredSealProof (i64): 0..4 StackedDrg{2KiB,8MiB,512MiB,32GiB,64GiB}V1,
 * 5..9 V1_1, 10..14 V1_1 with Synthetic PoRep, 15..19 NI-PoRep.
 */
public record SealProofType(long id, long sectorSize, ApiVersion apiVersion, Variant variant) {
    public enum Variant { INTERACTIVE, SYNTHETIC, NON_INTERACTIVE }

    static final long[] SIZES = {2048L, 8L << 20, 512L << 20, 32L << 30, 64L << 30};

    public static SealProofType of(long id) {
        if (id < 0 || id > 19) {
            throw new IllegalArgumentException("unknown registered seal proof " + id);
        }
        int group = (int) (id / 5);
        long size = SIZES[(int) (id % 5)];
        switch (group) {
            case 0:
                return new SealProofType(id, size, ApiVersion.V1_0_0, Variant.INTERACTIVE);
            case 1:
                return new SealProofType(id, size, ApiVersion.V1_1_0, Variant.INTERACTIVE);
            case 2:
                return new SealProofType(id, size, ApiVersion.V1_2_0, Variant.SYNTHETIC);
            default:
                return new SealProofType(id, size, ApiVersion.V1_2_0, Variant.NON_INTERACTIVE);
        }
    }

    /** porep_id = u64_LE(id) ‖ u64_LE(nonce 0) ‖ 16 zero bytes. */
    public byte[] porepId() {
        byte[] out = new byte[32];
        System.arraycopy(Hashes.u64Le(id), 0, out, 0, 8);
        return out;
    }

    public long nodes() {
        return sectorSize / 32;
    }

    /** 10 partitions for 32/64GiB, 1 below. */
    public int partitions() {
        return sectorSize >= (32L << 30) ? 10 : 1;
    }

    /** ceil(minimum challenges / partitions): 18 for 32/64GiB (176 / 10), 2 below. */
    public int challengesPerPartition() {
        return sectorSize >= (32L << 30) ? 18 : 2;
    }
}
