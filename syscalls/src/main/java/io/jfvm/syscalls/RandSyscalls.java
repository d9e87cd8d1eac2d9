package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.slice;

import io.jfvm.ipld.types.Fatal;

/** The {@code rand} namespace ({@code fvm/src/syscalls/rand.rs}): 32 bytes of randomness at {@code ret}. */
final class RandSyscalls {
    private RandSyscalls() {}

    static final int RANDOMNESS = 32;

    /**
     * v2/v3 {@code rand.get_chain_randomness(r, pers, round, entropy_off, entropy_len) -> [u8; 32]}: the kernel mixes
     * the personalisation, round and entropy into the ticket digest.
     */
    static int chainRandomnessWithEntropy(SyscallContext c, int ret, long pers, long round, int entOff, int entLen) {
        return c.call(ret, RANDOMNESS, () -> write(c, ret, c.kernel.getRandomnessFromTickets(pers, round,
                slice(c.mem(), entOff, entLen))));
    }

    /** v2/v3 {@code rand.get_beacon_randomness(r, pers, round, entropy_off, entropy_len) -> [u8; 32]}. */
    static int beaconRandomnessWithEntropy(SyscallContext c, int ret, long pers, long round, int entOff, int entLen) {
        return c.call(ret, RANDOMNESS, () -> write(c, ret, c.kernel.getRandomnessFromBeacon(pers, round,
                slice(c.mem(), entOff, entLen))));
    }

    /** v4 {@code rand.get_chain_randomness(r, round) -> [u8; 32]} (FIP-0075): the ticket digest itself. */
    static int chainRandomness(SyscallContext c, int ret, long round) {
        return c.call(ret, RANDOMNESS, () -> write(c, ret, c.kernel.chainRandomness(round)));
    }

    /** v4 {@code rand.get_beacon_randomness(r, round) -> [u8; 32]}: the beacon digest itself. */
    static int beaconRandomness(SyscallContext c, int ret, long round) {
        return c.call(ret, RANDOMNESS, () -> write(c, ret, c.kernel.beaconRandomness(round)));
    }

    private static void write(SyscallContext c, int ret, byte[] r) {
        if (r.length != RANDOMNESS) {
            throw new Fatal("kernel returned " + r.length + " bytes of randomness");
        }
        System.arraycopy(r, 0, c.mem(), ret, RANDOMNESS);
    }
}
