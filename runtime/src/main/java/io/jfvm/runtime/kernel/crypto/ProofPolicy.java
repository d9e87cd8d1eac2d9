package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.OutOfGasException;
import io.jfvm.gas.price.FvmLine;
import io.jfvm.gas.price.PriceList;
import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.syscalls.ConsensusFault;
import java.util.List;

/**
 * The proof checks behind the crypto syscalls: seal, Window PoSt, aggregate seal and replica-update verification,
 * the consensus-fault check, and batch seal verification. {@link DefaultCryptoOps} decodes the inputs (a wrong
 * shape is IllegalArgument before any charge) and charges the normal price of each single check before calling
 * the policy; batch seal verification charges (or not) inside the policy, as each FVM version and runner did.
 *
 * <p>Two implementations, chosen explicitly through {@link ProofPolicyKind}: {@link RealProofPolicy} and
 * {@link VectorProofPolicy}. Error contract for the single checks: return {@code false} for a well-formed but
 * wrong proof; throw {@link io.jfvm.syscalls.SyscallException} (IllegalArgument) for malformed input; throw
 * {@link io.jfvm.syscalls.Abort.Fatal} for a node configuration problem (missing verifying keys).
 */
public interface ProofPolicy {
    ProofPolicyKind kind();

    /** FVM v2 {@code crypto.verify_seal}, after OnVerifySeal was charged. */
    boolean verifySeal(SealVerifyInfo info);

    /**
     * {@code crypto.verify_post}, after OnVerifyPost was charged.
     *
     * @param calibnetV1P1Quirk FVM v3 only: on calibrationnet up to epoch 498691 a StackedDRGWindow32GiBV1P1 first
     *     proof is verified as StackedDRGWindow32GiBV1 (ref-fvm {@code kernel/default.rs verify_post})
     */
    boolean verifyWindowPost(WindowPoStVerifyInfo info, boolean calibnetV1P1Quirk);

    /** {@code crypto.verify_aggregate_seals}, after OnVerifyAggregateSeals was charged. */
    boolean verifyAggregateSeals(AggregateSealVerifyInfo info);

    /** {@code crypto.verify_replica_update}, after OnVerifyReplicaUpdate was charged. */
    boolean verifyReplicaUpdate(ReplicaUpdateInfo info);

    /** {@code crypto.verify_consensus_fault}, after OnVerifyConsensusFault was charged. */
    FaultCheck verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra);

    /**
     * {@code crypto.batch_verify_seals}: one result per seal, charging whatever the version and policy charge
     * through {@code charger}.
     */
    boolean[] batchVerifySeals(List<SealVerifyInfo> seals, FvmLine line, PriceList prices, GasCharger charger)
            throws OutOfGasException;

    /** The consensus-fault check's result: the fault (null for none) and the gas the extern reports. */
    record FaultCheck(ConsensusFault fault, long externGas) {
        public static final FaultCheck NONE = new FaultCheck(null, 0);
    }

    /** Charges the message's gas tracker. */
    @FunctionalInterface
    interface GasCharger {
        void charge(GasCharge charge) throws OutOfGasException;
    }
}
