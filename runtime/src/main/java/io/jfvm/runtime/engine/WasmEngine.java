package io.jfvm.runtime.engine;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.runtime.state.Manifest;
import java.util.concurrent.Executor;

/**
 * What runs actor code: turns a code CID into {@link ActorCode} instrumented with one price list's rules, so the
 * call manager, kernel and syscalls are the same whichever engine executes the wasm. jfvm's own is
 * {@link JfvmEngine}; the benchmarks plug in others (Chicory's compiler and interpreter) to compare engines on
 * the same messages.
 */
public interface WasmEngine {
    /** A short name for reports, e.g. {@code jfvm}. */
    String name();

    /**
     * The code {@code code} names, ready to instantiate. Throws {@link EngineException} when the block is missing,
     * is not a raw block, or is not a module the FVM accepts.
     */
    ActorCode code(Cid code, Blockstore store);

    /**
     * Prepares every actor of a bundle's manifest, in parallel on {@code executor}, and waits for them. Throws
     * {@link EngineException} naming the first actor that fails.
     */
    void precompile(Manifest manifest, Blockstore store, Executor executor);
}
