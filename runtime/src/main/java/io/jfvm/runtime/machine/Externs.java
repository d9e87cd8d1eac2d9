package io.jfvm.runtime.machine;

import io.jfvm.ipld.Cid;

/**
 * What the machine asks of the chain it runs on (ref-fvm's {@code Externs}): the raw randomness digests (v2 and v3
 * kernels mix in the domain-separation tag, epoch and entropy themselves; v4 actors do it) and tipset CIDs.
 */
public interface Externs {
    /** The 32-byte chain (ticket) randomness digest for {@code epoch}. */
    byte[] chainRandomness(long epoch);

    /** The 32-byte beacon randomness digest for {@code epoch}. */
    byte[] beaconRandomness(long epoch);

    /**
     * The CID of the tipset at {@code epoch} ({@code network.tipset_cid}), an epoch before the current one; a node
     * that cannot answer throws, which is Fatal for the message.
     */
    Cid tipsetCid(long epoch);
}
