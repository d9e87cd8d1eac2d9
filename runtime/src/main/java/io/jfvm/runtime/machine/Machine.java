package io.jfvm.runtime.machine;

import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.store.BufferedBlockstore;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.runtime.state.StateTree;
import io.jfvm.runtime.version.FvmRules;
import java.util.Objects;

/**
 * One machine over one state root (ref-fvm's {@code DefaultMachine}): the state tree over a write buffer, the
 * builtin-actors manifest the system actor points at, the context and the rules of the context's FVM line.
 * Messages applied through an {@link io.jfvm.runtime.executor.Executor} change the state tree; {@link #flush()}
 * writes it and copies the new reachable blocks to the base store. Not thread-safe.
 */
public final class Machine {
    private final MachineContext context;
    private final FvmRules rules;
    private final PriceList priceList;
    private final BufferedBlockstore blockstore;
    private final StateTree stateTree;
    private final Manifest builtinActors;
    private final Externs externs;

    /**
     * @throws UnsupportedOperationException if the network version's FVM line is not implemented
     * @throws IllegalArgumentException if the base store lacks the initial state root, or it is a state tree of
     *     another version than the line's
     */
    public Machine(MachineContext context, Blockstore baseStore, Externs externs) {
        this.context = Objects.requireNonNull(context, "context");
        this.externs = Objects.requireNonNull(externs, "externs");
        this.rules = FvmRules.of(context.networkVersion());
        this.priceList = rules.priceList();
        if (!baseStore.has(context.initialStateRoot())) {
            throw new IllegalArgumentException("blockstore doesn't have the initial state root " + context.initialStateRoot());
        }
        this.blockstore = new BufferedBlockstore(baseStore);
        this.stateTree = StateTree.load(blockstore, context.initialStateRoot());
        if (stateTree.version() != rules.stateTreeVersion()) {
            throw new IllegalArgumentException("state root " + context.initialStateRoot() + " is a " + stateTree.version()
                    + " state tree; network version " + context.networkVersion().number() + " (" + rules.line()
                    + ") runs on " + rules.stateTreeVersion());
        }
        this.builtinActors = Manifest.loadFromStateTree(stateTree);
    }

    public MachineContext context() {
        return context;
    }

    /** The rules of this machine's FVM line. */
    public FvmRules rules() {
        return rules;
    }

    public PriceList priceList() {
        return priceList;
    }

    /** The buffered store every read and write of execution goes through. */
    public BufferedBlockstore blockstore() {
        return blockstore;
    }

    public StateTree stateTree() {
        return stateTree;
    }

    /** The builtin-actors manifest of this state. */
    public Manifest builtinActors() {
        return builtinActors;
    }

    public Externs externs() {
        return externs;
    }

    /** Flushes the state tree and copies the blocks reachable from the new root to the base store. */
    public Cid flush() {
        Cid root = stateTree.flush();
        blockstore.flush(root);
        return root;
    }
}
