package io.jfvm.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.CompileStats;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.runtime.testing.SmallState;
import io.jfvm.runtime.version.FvmRules;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.testing.SharedData;
import io.jfvm.runtime.state.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JfvmEngineTest {
    /**
     * Every builtin actor of every bundle compiles in FVM mode (its network version's instrumentation, NaN
     * canonicalisation) with no JVM method over HotSpot's HugeMethodLimit, and each is compiled exactly once.
     */
    @ParameterizedTest(name = "{0} at nv{1}")
    @CsvSource({"v9-mainnet.car, 17", "v10-mainnet.car, 18", "v11-mainnet.car, 20", "v12-mainnet.car, 21",
            "v13-mainnet.car, 22", "v14-mainnet.car, 23", "v15-mainnet.car, 24", "v16-mainnet.car, 26",
            "v17-mainnet.car, 27", "v18-mainnet.car, 28", "v18-devnet.car, 28"})
    void everyBuiltinActorCompilesOnceWithinTheMethodSizeLimits(String bundle, int networkVersion)
            throws IOException {
        Blockstore store = new MemoryBlockstore();
        Manifest manifest = Manifest.loadFromBundleRoot(store, load(bundle, store));
        JfvmEngine engine = new JfvmEngine(FvmRules.forNetworkVersion(networkVersion).priceList(),
                new DiskCache(SmallState.ACTOR_CACHE));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            engine.precompile(manifest, store, pool);
        } finally {
            pool.shutdown();
        }
        for (String name : manifest.names()) {
            CompiledModule module = engine.module(manifest.codeOf(name), store);
            CompileStats s = module.stats();
            System.out.printf("%s %-16s functions %5d, JVM methods %5d, largest %5d bytes, over 8,000: %d%n",
                    bundle, name, s.functions(), s.jvmMethods(), s.largestMethodBytes(), s.methodsOverHugeLimit());
            assertEquals(0, s.methodsOverHugeLimit(), name + ": methods over HugeMethodLimit");
            assertSame(module, engine.module(manifest.codeOf(name), store), name + " compiled twice");
        }
        // Compiled here, or by another test of this build into the shared cache and loaded from it.
        var counts = engine.counts();
        assertEquals(manifest.names().size(), counts.compilations() + counts.diskHits(), counts.toString());
    }

    @Test
    void missingCodeIsAClearError() {
        Cid absent = Cid.of(Multicodec.RAW, "no such module".getBytes(StandardCharsets.UTF_8));
        JfvmEngine engine = new JfvmEngine(PriceLists.HYGGE, null);
        EngineException e = assertThrows(EngineException.class,
                () -> engine.module(absent, new MemoryBlockstore()));
        assertTrue(e.getMessage().contains(absent.toString()) && e.getMessage().contains("not in the blockstore"),
                e.getMessage());
    }

    @Test
    void codeThatIsNotARawBlockIsAClearError() {
        MemoryBlockstore store = new MemoryBlockstore();
        Cid cbor = store.put(Multicodec.DAG_CBOR, new byte[] {(byte) 0xF6});
        EngineException e = assertThrows(EngineException.class,
                () -> new JfvmEngine(PriceLists.HYGGE, null).module(cbor, store));
        assertTrue(e.getMessage().contains("not a raw block"), e.getMessage());
    }

    @Test
    void aModuleTheFvmRejectsIsAClearError() {
        MemoryBlockstore store = new MemoryBlockstore();
        Cid garbage = store.put(Multicodec.RAW, new byte[] {0, 'a', 's', 'm', 9, 9});
        EngineException e = assertThrows(EngineException.class,
                () -> new JfvmEngine(PriceLists.HYGGE, null).module(garbage, store));
        assertTrue(e.getMessage().contains("cannot compile actor code " + garbage), e.getMessage());
    }

    private static Cid load(String bundle, Blockstore store) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.root().resolve("bundles").resolve(bundle));
             CarReader car = CarReader.open(in)) {
            car.forEach(b -> store.put(b.cid(), b.data()));
            List<Cid> roots = car.roots();
            return roots.get(0);
        }
    }
}
