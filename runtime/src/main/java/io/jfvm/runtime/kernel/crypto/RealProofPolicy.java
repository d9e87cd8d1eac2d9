package io.jfvm.runtime.kernel.crypto;

import io.jfvm.ipld.types.ExecutionError;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.proofs.ProofVerifier;
import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.PoStProof;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.proofs.params.ParametersMissingException;
import io.jfvm.syscalls.ConsensusFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Real verification through a {@link ProofVerifier} (normally {@link io.jfvm.proofs.FilecoinProofVerifier}),
 * with ref-fvm's kernel semantics ({@code fvm/src/kernel/default.rs} of {@code fvm@v2.12.1} / {@code fvm@v3.14.1}):
 * <ul>
 *   <li>a wrong proof is {@code false}; malformed input (bad commitment CID, unknown or mixed proof types, wrong
 *       proof length, empty proof list) is IllegalArgument; anything else the verifier throws is treated like a
 *       caught Rust panic, which ref-fvm also turns into IllegalArgument (and logs);</li>
 *   <li>missing verifying keys or SRS ({@link ParametersMissingException}) and verification jfvm does not implement
 *       ({@link UnsupportedOperationException}, e.g. SnarkPack) are node problems, not proof verdicts: Fatal, so a
 *       message never silently gets a wrong consensus result;</li>
 *   <li>batch seal verification: the kernel's up-front charges are made (FVM v2 charges nothing, v3 and later
 *       OnVerifySeal for every seal); each seal that errors is simply invalid;</li>
 *   <li>consensus faults go to the node's {@link ConsensusFaultExtern}; without one the check is Fatal.</li>
 * </ul>
 */
public final class RealProofPolicy implements ProofPolicy {
    private static final Logger LOG = Logger.getLogger(RealProofPolicy.class.getName());
    /** RegisteredPoStProof StackedDRGWindow32GiBV1 and V1P1. */
    static final long WINDOW_32GIB_V1 = 8;
    static final long WINDOW_32GIB_V1P1 = 13;

    private final ProofVerifier verifier;
    private final ConsensusFaultExtern faults;

    /**
     * @param faults the node's consensus-fault check, or null when the machine has none (then the syscall is
     *     Fatal, as ref-fvm's conformance extern panics)
     */
    public RealProofPolicy(ProofVerifier verifier, ConsensusFaultExtern faults) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.faults = faults;
    }

    @Override
    public String name() {
        return "real";
    }

    @Override
    public boolean verifySeal(SealVerifyInfo info) {
        return verdict("verifying seal", () -> verifier.verifySeal(info));
    }

    @Override
    public boolean verifyWindowPost(WindowPoStVerifyInfo info, boolean calibnetV1P1Quirk) {
        WindowPoStVerifyInfo vi = info;
        if (calibnetV1P1Quirk && !info.proofs().isEmpty()
                && info.proofs().get(0).registeredProof() == WINDOW_32GIB_V1P1) {
            List<PoStProof> proofs = new ArrayList<>(info.proofs());
            proofs.set(0, new PoStProof(WINDOW_32GIB_V1, proofs.get(0).proofBytes()));
            vi = new WindowPoStVerifyInfo(info.randomness(), proofs, info.challengedSectors(), info.proverId());
        }
        WindowPoStVerifyInfo v = vi;
        return verdict("verifying post", () -> verifier.verifyWindowPost(v));
    }

    @Override
    public boolean verifyAggregateSeals(AggregateSealVerifyInfo info) {
        return verdict("verifying aggregate seals", () -> verifier.verifyAggregateSeals(info));
    }

    @Override
    public boolean verifyReplicaUpdate(ReplicaUpdateInfo info) {
        return verdict("verifying replica update", () -> verifier.verifyReplicaUpdate(info));
    }

    @Override
    public ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra) {
        if (faults == null) {
            throw new Fatal("verify_consensus_fault needs the node's consensus-fault extern, and this machine "
                    + "has none");
        }
        try {
            return faults.verifyConsensusFault(h1, h2, extra);
        } catch (IllegalArgumentException e) {
            throw SyscallError.illegalArgument("consensus fault check failed: " + e.getMessage());
        }
    }

    @Override
    public boolean[] batchVerifySeals(List<SealVerifyInfo> seals, Runnable chargeUpFront) {
        chargeUpFront.run();
        boolean[] out = new boolean[seals.size()];
        for (int i = 0; i < out.length; i++) {
            SealVerifyInfo s = seals.get(i);
            try {
                out[i] = verifier.verifySeal(s);
            } catch (ParametersMissingException | UnsupportedOperationException e) {
                throw new Fatal("cannot verify seal " + s.sectorNumber() + " of miner " + s.minerId() + ": "
                        + e.getMessage(), e);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "seal verify in batch failed (miner " + s.minerId() + "): " + e.getMessage());
                out[i] = false;
            }
        }
        return out;
    }

    private static boolean verdict(String what, Supplier<Boolean> check) {
        try {
            return check.get();
        } catch (ParametersMissingException | UnsupportedOperationException e) {
            throw new Fatal("cannot complete " + what + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw SyscallError.illegalArgument(what + ": " + e.getMessage());
        } catch (ExecutionError e) {
            throw e;
        } catch (RuntimeException e) {
            // ref-fvm catch_and_log_panic: a panic inside the proofs code becomes IllegalArgument.
            LOG.log(Level.WARNING, "caught an unexpected error when " + what, e);
            throw SyscallError.illegalArgument("caught panic when " + what + ": " + e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
