package io.jfvm.conformance;

import io.jfvm.proofs.FilecoinProofVerifier;
import io.jfvm.runtime.kernel.crypto.ConsensusFaultExtern;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.runtime.kernel.crypto.RealProofPolicy;

/** Builds the {@link ProofPolicy} for a configured {@link ProofPolicyKind}. */
public final class ProofPolicies {
    private ProofPolicies() {}

    /**
     * The policy of {@code kind}. {@link ProofPolicyKind#REAL} uses {@link FilecoinProofVerifier#fromEnvironment()}
     * (verifying keys from {@code FIL_PROOFS_PARAMETER_CACHE} / {@code jfvm.proofs.parameterCache}, read lazily when
     * a proof is verified) and no consensus-fault extern.
     */
    public static ProofPolicy of(ProofPolicyKind kind) {
        return of(kind, null);
    }

    /** As {@link #of(ProofPolicyKind)}, with the node's consensus-fault check for the real policy. */
    public static ProofPolicy of(ProofPolicyKind kind, ConsensusFaultExtern faults) {
        return switch (kind) {
            case REAL -> new RealProofPolicy(FilecoinProofVerifier.fromEnvironment(), faults);
            case VECTOR -> VectorProofPolicy.INSTANCE;
        };
    }
}
