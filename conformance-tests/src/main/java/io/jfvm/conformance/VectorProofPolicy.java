package io.jfvm.conformance;

import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.runtime.kernel.crypto.RealProofPolicy;
import io.jfvm.syscalls.ConsensusFault;
import java.util.Arrays;
import java.util.List;

/**
 * How the conformance vectors were produced: ref-fvm's conformance {@code TestKernel} ({@code testing/conformance/
 * src/vm.rs} on {@code release/v2} for nv17 and {@code release/v3} for nv18) does not forward the proof checks to
 * the real kernel. After the syscall layer decoded the input (a wrong shape is still IllegalArgument):
 * <ul>
 *   <li>{@code verify_seal} (v2), {@code verify_post}, {@code verify_aggregate_seals}, {@code verify_replica_update}:
 *       charge the normal price (done by the line's crypto ops) and report the proof valid;</li>
 *   <li>{@code verify_consensus_fault}: charge the normal price and report no fault (the extern is never called,
 *       so no extra gas either);</li>
 *   <li>{@code batch_verify_seals}: every seal valid and <em>no</em> gas, in both versions (the real v3 kernel
 *       charges OnVerifySeal per seal; the runner's override does not).</li>
 * </ul>
 * Signatures, hashing and {@code compute_unsealed_sector_cid} are forwarded to the real kernel by that runner, so
 * the kernel computes them for real under this policy too. This is an explicitly chosen reproduction
 * of the vectors' generation, never a silent default: consensus on a real network needs {@link RealProofPolicy}.
 */
public final class VectorProofPolicy implements ProofPolicy {
    public static final VectorProofPolicy INSTANCE = new VectorProofPolicy();

    private VectorProofPolicy() {}

    @Override
    public String name() {
        return ProofPolicyKind.VECTOR.cliName();
    }

    @Override
    public boolean verifySeal(SealVerifyInfo info) {
        return true;
    }

    @Override
    public boolean verifyWindowPost(WindowPoStVerifyInfo info, boolean calibnetV1P1Quirk) {
        return true;
    }

    @Override
    public boolean verifyAggregateSeals(AggregateSealVerifyInfo info) {
        return true;
    }

    @Override
    public boolean verifyReplicaUpdate(ReplicaUpdateInfo info) {
        return true;
    }

    @Override
    public ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra) {
        return null;
    }

    @Override
    public boolean[] batchVerifySeals(List<SealVerifyInfo> seals, Runnable chargeUpFront) {
        boolean[] out = new boolean[seals.size()];
        Arrays.fill(out, true);
        return out;
    }

    @Override
    public String toString() {
        return name();
    }
}
