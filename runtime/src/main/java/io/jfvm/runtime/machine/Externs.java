package io.jfvm.runtime.machine;

/**
 * What the machine asks of the chain it runs on (ref-fvm's {@code Externs}). Only the raw randomness digests:
 * since {@code fvm@v2.6.0}/{@code v3.6.0} the kernel itself mixes in the domain-separation tag, epoch and entropy.
 */
public interface Externs {
    /** The 32-byte chain (ticket) randomness digest for {@code epoch}. */
    byte[] chainRandomness(long epoch);

    /** The 32-byte beacon randomness digest for {@code epoch}. */
    byte[] beaconRandomness(long epoch);
}
