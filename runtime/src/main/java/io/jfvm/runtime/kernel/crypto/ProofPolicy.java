package io.jfvm.runtime.kernel.crypto;

import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.syscalls.ConsensusFault;
import java.util.List;

/**
 * The proof checks behind the crypto syscalls: seal, Window PoSt, aggregate seal and replica-update verification,
 * the consensus-fault check, and batch seal verification. The crypto syscalls decode the inputs (a wrong shape is
 * IllegalArgument before any charge) and charge the normal price of each single check before calling the policy.
 * A machine is always given its policy explicitly: {@link RealProofPolicy} verifies; a test harness may reproduce
 * how its reference data was produced.
 *
 * <p>Error contract for the single checks: return {@code false} for a well-formed but wrong proof; throw
 * {@link io.jfvm.ipld.types.SyscallError} (IllegalArgument) for malformed input; throw
 * {@link io.jfvm.ipld.types.Fatal} for a node configuration problem (missing verifying keys).
 */
public interface ProofPolicy {
    /** A short name for logs and reports, e.g. {@code real}. */
    String name();

    /** FVM v2 {@code crypto.verify_seal}, after OnVerifySeal was charged. */
    boolean verifySeal(SealVerifyInfo info);

    /**
     * {@code crypto.verify_post}, after OnVerifyPost was charged.
     *
     * @param calibnetV1P1Quirk on calibrationnet up to epoch 498691 (FVM v3 and later) a StackedDRGWindow32GiBV1P1
     *     first proof is verified as StackedDRGWindow32GiBV1 (ref-fvm {@code kernel/default.rs verify_post})
     */
    boolean verifyWindowPost(WindowPoStVerifyInfo info, boolean calibnetV1P1Quirk);

    /** {@code crypto.verify_aggregate_seals}, after OnVerifyAggregateSeals was charged. */
    boolean verifyAggregateSeals(AggregateSealVerifyInfo info);

    /** {@code crypto.verify_replica_update}, after OnVerifyReplicaUpdate was charged. */
    boolean verifyReplicaUpdate(ReplicaUpdateInfo info);

    /** {@code crypto.verify_consensus_fault}, after OnVerifyConsensusFault was charged; null for no fault. */
    ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra);

    /**
     * {@code crypto.batch_verify_seals}: one result per seal. {@code chargeUpFront} makes the charges the line's
     * kernel makes before it verifies any seal (nothing in v2, {@code OnVerifySeal} per seal from v3); a policy that
     * replaces the kernel's verification altogether may skip them, as ref-fvm's conformance runner did.
     */
    boolean[] batchVerifySeals(List<SealVerifyInfo> seals, Runnable chargeUpFront);
}
