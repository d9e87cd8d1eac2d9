package io.jfvm.conformance;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which {@link ProofPolicy} a machine uses for the seal, PoSt, aggregate and replica-update checks and the
 * consensus-fault check. Always chosen explicitly (configuration, CLI {@code --proofs}); there is no implicit
 * default inside the kernel.
 */
public enum ProofPolicyKind {
    /** {@link RealProofPolicy}: every proof is verified (Groth16 with Filecoin's verifying keys). */
    REAL("real", "real proof verification (io.jfvm.proofs.FilecoinProofVerifier)"),
    /**
     * {@link VectorProofPolicy}: reproduces how ref-fvm's conformance runner produced the test vectors (its
     * {@code TestKernel} on release/v2 and release/v3): proofs valid with the normal gas charged, no consensus
     * fault, batch seals all valid without gas.
     */
    VECTOR("vector-policy",
            "the policy the conformance vectors were produced with (proofs valid, normal gas charged; no consensus "
                    + "fault; batch seals valid without gas)");

    private final String cliName;
    private final String description;

    ProofPolicyKind(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The configuration / command-line spelling: {@code real} or {@code vector-policy}. */
    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    /** Parses {@link #cliName()} (case-insensitive). */
    public static ProofPolicyKind parse(String s) {
        for (ProofPolicyKind k : values()) {
            if (k.cliName.equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown proof policy '" + s + "'; expected one of "
                + Arrays.stream(values()).map(ProofPolicyKind::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
