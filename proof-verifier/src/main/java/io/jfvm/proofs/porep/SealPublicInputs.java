package io.jfvm.proofs.porep;

import io.jfvm.proofs.Fr;
import io.jfvm.proofs.Hashes;
import io.jfvm.proofs.SealProofType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Public inputs of an interactive or synthetic PoRep (seal) proof, one vector per partition
 * (rust-fil-proofs get_seal_inputs; proofs.md §C5):
 * [replica_id, comm_d, comm_r] then, per challenge c, c, its 6 DRG parents, its 8 expander
 * parents, and c three more times (challenge, comm_r_last and comm_c inclusion).
 */
public final class SealPublicInputs {
    private final PoRepConfig config;
    private final DrgParents drg;
    private final ExpanderParents expander;

    public SealPublicInputs(SealProofType type) {
        this(PoRepConfig.of(type));
    }

    public SealPublicInputs(PoRepConfig config) {
        this.config = config;
        this.drg = new DrgParents(config.porepId(), config.apiVersion());
        this.expander = new ExpanderParents(config.porepId(), config.nodes(), config.apiVersion());
    }

    /** replica_id = repr_safe(SHA-256(prover_id ‖ u64_BE(sector) ‖ ticket ‖ comm_d ‖ porep_id)). */
    public static byte[] replicaId(byte[] proverId, long sectorNumber, byte[] ticket, byte[] commD, byte[] porepId) {
        return Fr.reprSafe(Hashes.sha256(proverId, Hashes.u64Be(sectorNumber), ticket, commD, porepId));
    }

    /** Interactive challenges of one partition: (LE(SHA-256(replica_id ‖ seed ‖ u32_LE(j))) mod (nodes−1)) + 1. */
    public long[] challenges(byte[] replicaId, byte[] seed, int partition) {
        int cpp = config.challengesPerPartition();
        long[] out = new long[cpp];
        BigInteger modulus = BigInteger.valueOf(config.nodes() - 1);
        for (int i = 0; i < cpp; i++) {
            int j = cpp * partition + i;
            byte[] h = Hashes.sha256(replicaId, seed, Hashes.u32Le(j));
            out[i] = leBigInteger(h).mod(modulus).longValue() + 1;
        }
        return out;
    }

    public List<List<BigInteger>> generate(byte[] proverId, long sectorNumber, byte[] ticket, byte[] seed,
                                           byte[] commR, byte[] commD) {
        BigInteger commRFr = Fr.commitment(commR, "comm_r");
        BigInteger commDFr = Fr.commitment(commD, "comm_d");
        if (ticket.length != 32 || seed.length != 32 || proverId.length != 32) {
            throw new IllegalArgumentException("ticket, seed and prover id must be 32 bytes");
        }
        byte[] replicaId = replicaId(proverId, sectorNumber, ticket, commD, config.porepId());
        SyntheticChallenges synthetic = config.synthetic()
                ? SyntheticChallenges.forSector(config.nodes(), replicaId, commR) : null;
        BigInteger replicaFr = Fr.fromLeBytes(replicaId, "replica_id");
        List<List<BigInteger>> out = new ArrayList<>();
        for (int k = 0; k < config.partitions(); k++) {
            List<BigInteger> inputs = new ArrayList<>();
            inputs.add(replicaFr);
            inputs.add(commDFr);
            inputs.add(commRFr);
            long[] challenges = synthetic != null
                    ? synthetic.partition(config.challengesPerPartition(), seed, k)
                    : challenges(replicaId, seed, k);
            for (long c : challenges) {
                addChallenge(inputs, c);
            }
            out.add(inputs);
        }
        return out;
    }

    /** The 17 inputs contributed by one challenge. */
    public void addChallenge(List<BigInteger> inputs, long c) {
        BigInteger cf = BigInteger.valueOf(c);
        inputs.add(cf);
        for (long p : drg.parents(c)) {
            inputs.add(BigInteger.valueOf(p));
        }
        for (long p : expander.parents(c)) {
            inputs.add(BigInteger.valueOf(p));
        }
        inputs.add(cf);
        inputs.add(cf);
        inputs.add(cf);
    }

    public long[] drgParents(long node) {
        return drg.parents(node);
    }

    public long[] expanderParents(long node) {
        return expander.parents(node);
    }

    static BigInteger leBigInteger(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new BigInteger(1, be);
    }
}
