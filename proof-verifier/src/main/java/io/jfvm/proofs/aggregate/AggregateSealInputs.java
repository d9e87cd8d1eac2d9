package io.jfvm.proofs.aggregate;

import io.jfvm.proofs.Hashes;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifier-side inputs of a SnarkPack seal aggregate (filecoin-proofs
 * verify_aggregate_seal_commit_proofs): the per-partition seal inputs of every sector in order,
 * padded to nproofs by repeating the last vector, and the transcript inclusion
 * SHA-256(seed_1 ‖ comm_r_1 ‖ seed_2 ‖ comm_r_2 ‖ …).
 */
public final class AggregateSealInputs {
    private AggregateSealInputs() {
    }

    public static List<List<BigInteger>> padded(List<List<BigInteger>> perProof, int nproofs) {
        if (perProof.isEmpty()) {
            throw new IllegalArgumentException("aggregate without proofs");
        }
        if (perProof.size() > nproofs) {
            throw new IllegalArgumentException(perProof.size() + " proofs do not fit an aggregate of " + nproofs);
        }
        List<List<BigInteger>> out = new ArrayList<>(perProof);
        while (out.size() < nproofs) {
            out.add(perProof.get(perProof.size() - 1));
        }
        return out;
    }

    public static byte[] transcriptInclude(List<byte[]> seeds, List<byte[]> commRs) {
        MessageDigest d = Hashes.sha256();
        for (int i = 0; i < commRs.size(); i++) {
            d.update(seeds.get(i));
            d.update(commRs.get(i));
        }
        return d.digest();
    }
}
