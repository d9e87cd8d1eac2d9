package io.jfvm.runtime.engine;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.cache.CachingCompiler;
import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.store.Blockstore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * jfvm's {@link WasmEngine}: actor code for one price list's instrumentation: each code CID is read from the blockstore, instrumented
 * (feature check, stack limiter, gas metering), compiled with NaN canonicalisation and kept for the life of the
 * engine, so a process compiles each actor once; with a {@link DiskCache}, a later process loads it instead.
 * Instances are created per invocation from the {@link CompiledModule}.
 */
public final class JfvmEngine implements WasmEngine {
    private final CachingCompiler compiler;
    private final ConcurrentHashMap<Cid, CompletableFuture<CompiledModule>> byCode = new ConcurrentHashMap<>();

    /**
     * @param prices the price list whose instrumentation rules the code is compiled with
     * @param disk the compiled-module cache, or null for none
     */
    public JfvmEngine(PriceList prices, DiskCache disk) {
        this.compiler = new CachingCompiler(new CompileOptions(FvmInstrumentation.passes(prices), true), disk);
    }

    @Override
    public String name() {
        return "jfvm";
    }

    @Override
    public ActorCode code(Cid code, Blockstore store) {
        return new JfvmActorCode(module(code, store));
    }

    /**
     * The compiled code {@code code} names. Throws {@link EngineException} when the block is missing, is not a
     * raw block, or is not a module the FVM accepts.
     */
    public CompiledModule module(Cid code, Blockstore store) {
        CompletableFuture<CompiledModule> f = byCode.computeIfAbsent(code, c -> new CompletableFuture<>());
        if (!f.isDone()) {
            compileInto(f, code, store);
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof EngineException ee ? ee : new EngineException(e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private void compileInto(CompletableFuture<CompiledModule> f, Cid code, Blockstore store) {
        synchronized (f) {
            if (f.isDone()) {
                return;
            }
            try {
                f.complete(compiler.compile(wasm(code, store)));
            } catch (RuntimeException e) {
                // Not cached: a later call with a store that holds the code may succeed.
                byCode.remove(code, f);
                f.completeExceptionally(e instanceof EngineException ? e
                        : new EngineException("cannot compile actor code " + code + ": " + e.getMessage(), e));
            }
        }
    }

    private static byte[] wasm(Cid code, Blockstore store) {
        if (code.codec() != Multicodec.RAW) {
            throw new EngineException("actor code " + code + " is not a raw block (codec 0x"
                    + Long.toHexString(code.codec()) + ")", null);
        }
        byte[] wasm = store.get(code);
        if (wasm == null) {
            throw new EngineException("actor code " + code + " is not in the blockstore", null);
        }
        return wasm;
    }

    /** Cache activity, for reports and tests. */
    public CachingCompiler.Counts counts() {
        return compiler.counts();
    }
}
