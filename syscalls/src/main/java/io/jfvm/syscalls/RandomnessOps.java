package io.jfvm.syscalls;

/** {@code rand.*}: 32 bytes of randomness for a round. */
public interface RandomnessOps {
    /** v2/v3: the ticket digest hashed with the personalisation, round and entropy by the kernel. */
    byte[] getRandomnessFromTickets(long personalization, long round, byte[] entropy);

    /** v2/v3: the beacon digest hashed with the personalisation, round and entropy by the kernel. */
    byte[] getRandomnessFromBeacon(long personalization, long round, byte[] entropy);

    /** v4 (FIP-0075): the chain's ticket digest for {@code round} itself; actors hash it themselves. */
    byte[] chainRandomness(long round);

    /** v4 (FIP-0075): the beacon digest for {@code round} itself. */
    byte[] beaconRandomness(long round);
}
