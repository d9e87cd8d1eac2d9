package io.jfvm.compiler.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.cache.CachingCompiler.Counts;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.compiler.testing.ActorModules;
import io.jfvm.compiler.testing.ActorModules.ActorModule;
import io.jfvm.compiler.testing.ModuleComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory and disk caching of compiled modules, with a temporary cache directory. */
class CachingCompilerTest {
    private static final CompileOptions OPTIONS = new CompileOptions(List.of(new TestModules.CounterIntrinsic()),
            false);
    private static final byte[] WASM = TestModules.calculator();

    @TempDir
    Path dir;

    private CachingCompiler compiler() {
        return new CachingCompiler(OPTIONS, new DiskCache(dir));
    }

    @Test
    void firstCompileMissesThenMemoryHits() {
        CachingCompiler c = compiler();
        CompiledModule first = c.compile(WASM);
        CompiledModule second = c.compile(WASM);
        assertSame(first, second);
        assertEquals(new Counts(1, 0, 1, 0), c.counts());
        assertTrue(Files.exists(new DiskCache(dir).path(c.key(WASM))));
    }

    @Test
    void freshInstanceLoadsFromDiskAndRuns() {
        CompiledModule compiled = compiler().compile(WASM);
        CachingCompiler fresh = compiler();
        CompiledModule loaded = fresh.compile(WASM);
        assertEquals(new Counts(0, 1, 0, 0), fresh.counts());
        assertEquals(0, loaded.stats().compileNanos(), "a module loaded from the cache was not compiled");
        assertNull(ModuleComparison.firstDifference(compiled.shape(), loaded.shape()));
        assertEquals(Map.of(0, new io.jfvm.compiler.intrinsics.GlobalIntrinsic("counter")),
                loaded.shape().globalIntrinsics());
        // env.counter is lowered to a field, so instantiation needs no imports: this fails if the global
        // intrinsics were not restored from the entry.
        ModuleInstance instance = loaded.instantiate(new Imports());
        assertArrayEquals(new Object[] {5}, instance.function("add").invoke(2, 3));
        assertArrayEquals(new Object[] {42}, instance.function("byte0").invoke());
        assertArrayEquals(new Object[] {7}, instance.function("seven").invoke());
    }

    @Test
    void actorModulesSurviveTheDiskCache() {
        List<ActorModule> actors = ActorModules.all().stream()
                .filter(a -> a.name().equals("placeholder") || a.name().equals("ethaccount")).toList();
        assertEquals(2, actors.size());
        for (ActorModule actor : actors) {
            CompiledModule compiled = compiler().compile(actor.wasm());
            CachingCompiler fresh = compiler();
            CompiledModule loaded = fresh.compile(actor.wasm());
            assertEquals(new Counts(0, 1, 0, 0), fresh.counts(), actor.toString());
            assertNull(ModuleComparison.firstDifference(compiled.shape(), loaded.shape()), actor.toString());
            assertEquals(compiled.stats().classBytes(), loaded.stats().classBytes());
        }
    }

    @Test
    void damagedEntriesAreRecompiledAndReplaced() throws IOException {
        CachingCompiler first = compiler();
        first.compile(WASM);
        Path entry = new DiskCache(dir).path(first.key(WASM));
        byte[] good = Files.readAllBytes(entry);
        List<byte[]> damaged = List.of(
                Arrays.copyOf(good, good.length / 2), // truncated
                new byte[0],
                flip(good, good.length - 1), // payload byte
                flip(good, 10)); // header (format version)
        for (byte[] bad : damaged) {
            Files.write(entry, bad);
            CachingCompiler c = compiler();
            c.compile(WASM).instantiate(new Imports());
            assertEquals(new Counts(0, 0, 1, 1), c.counts());
            assertArrayEquals(good, Files.readAllBytes(entry), "the entry is rewritten");
        }
    }

    @Test
    void aVerifiedEntryThatCannotBeLoadedIsRecompiled() {
        CachingCompiler first = compiler();
        first.compile(WASM);
        CacheKey key = first.key(WASM);
        DiskCache disk = new DiskCache(dir);
        CacheEntry good = disk.load(key).orElseThrow();
        // Well-formed entry, unusable shape: as if an earlier compiler version had a bug with the same key.
        disk.store(key, new CacheEntry(good.generated(), new byte[] {1, 2, 3}, good.globalIntrinsics()));
        CachingCompiler c = compiler();
        c.compile(WASM).instantiate(new Imports());
        assertEquals(new Counts(0, 0, 1, 1), c.counts());
    }

    @Test
    void staleCompilerVersionIsAMiss() {
        new CachingCompiler(OPTIONS, new DiskCache(dir), "old-compiler").compile(WASM);
        CachingCompiler current = new CachingCompiler(OPTIONS, new DiskCache(dir), "new-compiler");
        current.compile(WASM);
        assertEquals(new Counts(0, 0, 1, 0), current.counts());
    }

    @Test
    void differentOptionsGiveDifferentKeys() {
        CacheKey base = new CachingCompiler(OPTIONS, null).key(WASM);
        CacheKey nan = new CachingCompiler(new CompileOptions(OPTIONS.passes(), true), null).key(WASM);
        CacheKey noPass = new CachingCompiler(CompileOptions.DEFAULT, null).key(WASM);
        CacheKey otherModule = new CachingCompiler(OPTIONS, null).key(Arrays.copyOf(WASM, WASM.length + 0));
        assertNotEquals(base, nan);
        assertNotEquals(base.fileName(), nan.fileName());
        assertNotEquals(base.fileName(), noPass.fileName());
        assertEquals(base, otherModule, "equal bytes, equal key");
        assertNotEquals(base, new CachingCompiler(OPTIONS, null).key(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}));
    }

    @Test
    void differentOptionsDoNotShareEntries() {
        compiler().compile(WASM);
        CachingCompiler nan = new CachingCompiler(new CompileOptions(OPTIONS.passes(), true), new DiskCache(dir));
        nan.compile(WASM);
        assertEquals(new Counts(0, 0, 1, 0), nan.counts());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.filter(p -> p.toString().endsWith(".jfvmc")).count());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void memoryOnlyCacheWritesNothing() throws IOException {
        CachingCompiler c = new CachingCompiler(OPTIONS, null);
        assertSame(c.compile(WASM), c.compile(WASM));
        assertEquals(new Counts(1, 0, 1, 0), c.counts());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void invalidModulesAreRejectedAndNotCached() {
        CachingCompiler c = compiler();
        byte[] garbage = {0, 'a', 's', 'm', 2, 0, 0, 0};
        assertThrows(WasmFormatException.class, () -> c.compile(garbage));
        assertThrows(WasmFormatException.class, () -> c.compile(garbage));
        assertEquals(2, c.counts().compilations());
    }

    @Test
    void concurrentWritersAndReadersNeverSeeAPartialEntry() throws Exception {
        CachingCompiler first = compiler();
        first.compile(WASM);
        CacheKey key = first.key(WASM);
        CacheEntry entry = new DiskCache(dir).load(key).orElseThrow();
        DiskCache shared = new DiskCache(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean writer = t % 2 == 0;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (writer) {
                            shared.store(key, entry);
                        } else {
                            Optional<CacheEntry> read = shared.load(key);
                            assertTrue(read.isPresent(), "a reader found no entry while writers replace it");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, shared.discardedEntries(), "no reader may see a damaged entry");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(key.fileName()), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary files are left behind");
        }
    }

    @Test
    void defaultDirectoryIsUnderTheUserCache() {
        Path d = DiskCache.defaultDirectory();
        assertEquals("jfvm", d.getFileName().toString());
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path expectedParent = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        assertEquals(expectedParent, d.getParent());
    }

    private static byte[] flip(byte[] b, int index) {
        byte[] copy = b.clone();
        copy[index] ^= 0x01;
        return copy;
    }
}
