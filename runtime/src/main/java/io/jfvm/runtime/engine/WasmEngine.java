package io.jfvm.runtime.engine;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.runtime.state.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
     * Prepares every actor of a bundle's manifest ({@link #code} for each), in parallel on {@code executor}, and
     * waits for them. Throws {@link EngineException} naming the first actor that fails.
     */
    default void precompile(Manifest manifest, Blockstore store, Executor executor) {
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String name : manifest.names()) {
            Cid code = manifest.codeOf(name);
            all.add(CompletableFuture.runAsync(() -> code(code, store), executor).exceptionally(e -> {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                throw new EngineException("cannot compile the " + name + " actor: " + cause.getMessage(), cause);
            }));
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof EngineException ee ? ee : new EngineException(e.getMessage(), e);
        }
    }
}
