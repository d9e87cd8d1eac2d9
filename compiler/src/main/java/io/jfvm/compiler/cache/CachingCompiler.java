package io.jfvm.compiler.cache;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.codegen.GeneratedModule;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.rt.CompiledModule;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Compiles modules like {@link io.jfvm.compiler.WasmCompiler}, through a memory cache and optionally a
 * {@link DiskCache}: memory first, then disk, then compilation (whose result is written to both). Keys are
 * {@link CacheKey}s: module hash, {@link CompilerVersion} and {@link CompileOptions#cacheKey()}.
 *
 * <p>Thread-safe. Concurrent requests for the same module compile it once; the others wait for that result.
 * Failed compilations are not cached.
 */
public final class CachingCompiler {
    private final CompileOptions options;
    private final WasmCompiler compiler;
    private final DiskCache disk;
    private final String compilerVersion;
    private final ConcurrentHashMap<CacheKey, CompletableFuture<CompiledModule>> memory = new ConcurrentHashMap<>();
    private final LongAdder memoryHits = new LongAdder();
    private final LongAdder diskHits = new LongAdder();
    private final LongAdder compilations = new LongAdder();

    /** A compiler caching in memory and, unless {@code disk} is null, on disk. */
    public CachingCompiler(CompileOptions options, DiskCache disk) {
        this(options, disk, CompilerVersion.current());
    }

    CachingCompiler(CompileOptions options, DiskCache disk, String compilerVersion) {
        this.options = options;
        this.compiler = new WasmCompiler(options);
        this.disk = disk;
        this.compilerVersion = compilerVersion;
    }

    /** A compiler caching in memory and in {@link DiskCache#defaultDirectory()}. */
    public static CachingCompiler withDefaultDirectory(CompileOptions options) {
        return new CachingCompiler(options, new DiskCache(DiskCache.defaultDirectory()));
    }

    public CompileOptions options() {
        return options;
    }

    /** The cache key of {@code wasm} under this compiler's options. */
    public CacheKey key(byte[] wasm) {
        return CacheKey.of(wasm, compilerVersion, options.cacheKey());
    }

    /**
     * The compiled module, from a cache or freshly compiled. Throws {@link WasmFormatException} for malformed,
     * invalid or unsupported input, as {@link io.jfvm.compiler.WasmCompiler#compile(byte[])} does.
     */
    public CompiledModule compile(byte[] wasm) {
        CacheKey key = key(wasm);
        CompletableFuture<CompiledModule> mine = new CompletableFuture<>();
        CompletableFuture<CompiledModule> existing = memory.putIfAbsent(key, mine);
        if (existing != null) {
            memoryHits.increment();
            return await(existing);
        }
        try {
            CompiledModule compiled = loadOrCompile(key, wasm);
            mine.complete(compiled);
            return compiled;
        } catch (RuntimeException | Error e) {
            memory.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static CompiledModule await(CompletableFuture<CompiledModule> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // Rethrow what the compiling thread saw (e.g. WasmFormatException), not the wrapper.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private CompiledModule loadOrCompile(CacheKey key, byte[] wasm) {
        if (disk != null) {
            Optional<CacheEntry> entry = disk.load(key);
            if (entry.isPresent()) {
                try {
                    CompiledModule loaded = load(entry.get());
                    diskHits.increment();
                    return loaded;
                } catch (RuntimeException | LinkageError e) {
                    // The entry verified, so it is what an earlier run wrote; still, never let it fail a compile.
                    disk.discard(key, "cannot load it: " + e);
                }
            }
        }
        compilations.increment();
        long start = System.nanoTime();
        Module module = WasmParser.parse(wasm);
        GeneratedModule generated = compiler.generate(module);
        // The shape is encoded only for the disk (an in-memory module keeps the IR module itself), and before
        // loading, which replaces the function bodies its own way.
        CacheEntry entry = disk == null ? null
                : new CacheEntry(generated, ModuleShape.encode(module), ModuleShape.globalIntrinsics(module));
        CompiledModule compiled = generated.load(module, System.nanoTime() - start);
        if (entry != null) {
            disk.store(key, entry);
        }
        return compiled;
    }

    private static CompiledModule load(CacheEntry entry) {
        Module shape = ModuleShape.decode(entry.shape(), entry.globalIntrinsics());
        return entry.generated().load(shape, 0);
    }

    /** What this compiler has done so far. */
    public Counts counts() {
        return new Counts(memoryHits.sum(), diskHits.sum(), compilations.sum(),
                disk == null ? 0 : disk.discardedEntries());
    }

    /**
     * @param memoryHits requests answered from memory
     * @param diskHits modules loaded from disk without compiling
     * @param compilations modules compiled (cache misses, including after discarding a damaged entry)
     * @param discardedEntries damaged, stale or unloadable disk entries removed
     */
    public record Counts(long memoryHits, long diskHits, long compilations, long discardedEntries) {}
}
