package io.jfvm.runtime.kernel.crypto;

import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.syscalls.ConsensusFault;
import java.util.Arrays;
import java.util.List;

/** A test policy that accepts every proof and finds no fault, so tests see only what the crypto ops charge. */
final class AcceptingProofPolicy implements ProofPolicy {
    static final AcceptingProofPolicy INSTANCE = new AcceptingProofPolicy();

    @Override
    public String name() {
        return "accept-all (test)";
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
        chargeUpFront.run();
        boolean[] out = new boolean[seals.size()];
        Arrays.fill(out, true);
        return out;
    }
}
