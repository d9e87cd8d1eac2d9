package io.jfvm.runtime.kernel.crypto;

import io.jfvm.syscalls.ConsensusFault;

/**
 * The node side of {@code verify_consensus_fault} (ref-fvm {@code Externs::verify_consensus_fault}): parsing the
 * two block headers, checking their signatures against the miner's worker key and the fault conditions needs the
 * chain, so the FVM asks the node. Throw {@link IllegalArgumentException} for inputs the node rejects (the syscall
 * fails with IllegalArgument, as ref-fvm's {@code or_illegal_argument()}).
 */
@FunctionalInterface
public interface ConsensusFaultExtern {
    /** The fault the two headers prove, or null for none. */
    ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra);
}
