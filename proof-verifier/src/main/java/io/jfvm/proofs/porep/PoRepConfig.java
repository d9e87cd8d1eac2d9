package io.jfvm.proofs.porep;

import io.jfvm.proofs.ApiVersion;
import io.jfvm.proofs.SealProofType;

/**
 * What seal public inputs depend on: porep_id, sector size, partitions, challenges per partition,
 * API version (graph rules) and whether challenges are interactive or synthetic. The FVM proof
 * types map to fixed configurations ({@link #of(SealProofType)}); tests may use others.
 */
public record PoRepConfig(byte[] porepId, long sectorSize, int partitions, int challengesPerPartition,
                          ApiVersion apiVersion, boolean synthetic) {
    public static PoRepConfig of(SealProofType t) {
        if (t.variant() == SealProofType.Variant.NON_INTERACTIVE) {
            throw new UnsupportedOperationException("seal proof type " + t.id()
                    + " is NI-PoRep, which is verified as a SnarkPack aggregate (not implemented)");
        }
        return new PoRepConfig(t.porepId(), t.sectorSize(), t.partitions(), t.challengesPerPartition(),
                t.apiVersion(), t.variant() == SealProofType.Variant.SYNTHETIC);
    }

    public long nodes() {
        return sectorSize / 32;
    }
}
