package io.jfvm.gas.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.gas.testing.Shared;
import io.jfvm.ipld.Block;
import io.jfvm.ipld.car.CarReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every builtin-actor module of the v9 bundle (FVM v2, SKYR, fvm-wasm-instrument 0.2.0) and of the v10 bundle
 * (FVM v3, HYGGE, 0.4.0) goes through the FVM pipeline without error, and the result, encoded back to bytes,
 * still validates.
 */
class BuiltinActorBundlesTest {
    private static final long RAW = 0x55;

    @TestFactory
    Stream<DynamicTest> v9BundleUnderFvmV2() throws IOException {
        return bundle("bundles/v9-mainnet.car", PriceLists.SKYR);
    }

    @TestFactory
    Stream<DynamicTest> v10BundleUnderFvmV3() throws IOException {
        return bundle("bundles/v10-mainnet.car", PriceLists.HYGGE);
    }

    private Stream<DynamicTest> bundle(String relative, PriceList prices) throws IOException {
        Path car = Shared.require(relative);
        List<Block> modules = new ArrayList<>();
        try (InputStream in = Files.newInputStream(car); CarReader r = CarReader.open(in)) {
            r.forEach(b -> {
                if (b.cid().codec() == RAW && b.data().length > 4 && b.data()[0] == 0 && b.data()[1] == 'a') {
                    modules.add(b);
                }
            });
        }
        assertTrue(modules.size() >= 10, "expected the builtin actors in " + car + ", found " + modules.size());
        // Modules are large (up to 1.5 MB); instrument two at a time so the suite stays within its time budget.
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bundle-instrumentation");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> results = new ArrayList<>();
        for (Block b : modules) {
            results.add(pool.submit(() -> {
                instrumentAndValidate(b.data(), prices);
                return null;
            }));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            Future<?> f = results.get(i);
            tests.add(DynamicTest.dynamicTest(relative + " " + modules.get(i).cid(), () -> {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause();
                }
            }));
        }
        return tests.stream();
    }

    private static void instrumentAndValidate(byte[] wasm, PriceList prices) {
        Module m = WasmParser.parse(wasm);
        int functionsBefore = m.functionCount();
        FvmInstrumentation.instrument(m, prices, true);
        byte[] out = WasmEncoder.encode(m);
        Module reparsed = WasmParser.parse(out);
        // The counter is the last import and the gas function the last function.
        List<Import> globals = reparsed.imports(ExternKind.GLOBAL);
        assertEquals("gas", globals.get(globals.size() - 1).module());
        assertTrue(reparsed.functionCount() > functionsBefore);
        assertEquals(reparsed.functionCount() - 1, m.functionIntrinsics().keySet().iterator().next());
    }
}
