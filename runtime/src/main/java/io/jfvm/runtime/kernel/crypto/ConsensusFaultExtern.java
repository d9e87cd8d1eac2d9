package io.jfvm.runtime.kernel.crypto;

import io.jfvm.runtime.kernel.crypto.ProofPolicy.FaultCheck;

/**
 * The node side of {@code verify_consensus_fault} (ref-fvm {@code Externs::verify_consensus_fault}): parsing the
 * two block headers, checking their signatures against the miner's worker key and the fault conditions needs the
 * chain, so the FVM asks the node. Throw {@link IllegalArgumentException} for inputs the node rejects (the syscall
 * fails with IllegalArgument, as ref-fvm's {@code or_illegal_argument()}).
 */
@FunctionalInterface
public interface ConsensusFaultExtern {
    FaultCheck verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra);
}
