package io.jfvm.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.store.BufferedBlockstore;
import io.jfvm.ipld.store.LayeredBlockstore;
import io.jfvm.ipld.store.LmdbBlockstore;
import io.jfvm.ipld.types.ActorState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state tree changed in one run and flushed to the on-disk store is readable in the next. */
class PersistentStateTest {
    @Test
    void flushedStateSurvivesReopen(@TempDir Path dir) {
        VectorState vs = VectorState.load(StateTreeTest.largestVector());
        long id;
        Cid root;
        long sequence;
        try (LmdbBlockstore disk = LmdbBlockstore.open(dir, 1L << 30)) {
            // The vector and bundle stay read-only underneath; new blocks go to disk on flush.
            BufferedBlockstore buffered = new BufferedBlockstore(new LayeredBlockstore(disk, vs.store()));
            StateTree tree = StateTree.load(buffered, vs.vector().preRoot());
            id = tree.lookupId(vs.message().from()).orElseThrow();
            ActorState a = tree.getActor(id).orElseThrow();
            sequence = a.sequence() + 1;
            tree.setActor(id, a.withSequence(sequence));
            root = tree.flush();
            buffered.flush(root);
        }
        try (LmdbBlockstore disk = LmdbBlockstore.open(dir, 1L << 30)) {
            StateTree reopened = StateTree.load(new LayeredBlockstore(disk, vs.store()), root);
            assertEquals(sequence, reopened.getActor(id).orElseThrow().sequence());
            assertTrue(disk.has(root), "the new state root block is on disk");
        }
    }
}
