package io.jfvm.conformance;

import io.jfvm.ipld.Cid;
import java.util.List;

/**
 * One variant of a vector, run from a fresh blockstore.
 *
 * @param variantId the variant's id
 * @param epoch its epoch
 * @param networkVersion its network version
 * @param messages the messages applied (fewer than the vector's when one could not be applied)
 * @param expectedRoot the expected post-state root
 * @param actualRoot the post-state root after the messages, or null if they did not all apply
 * @param actorDifferences the actors that differ when the roots differ
 * @param missingDiffBlocks HAMT blocks the actor diff could not load (the vector CAR is partial)
 */
public record VariantResult(String variantId, long epoch, int networkVersion, List<MessageResult> messages,
                            Cid expectedRoot, Cid actualRoot, List<ActorDifference> actorDifferences,
                            int missingDiffBlocks) {
    public boolean rootMatches() {
        return expectedRoot.equals(actualRoot);
    }
}
