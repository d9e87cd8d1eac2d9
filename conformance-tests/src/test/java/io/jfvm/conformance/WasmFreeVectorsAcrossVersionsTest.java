package io.jfvm.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfvm.runtime.call.ActorCodeRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Oracle 3 of {@code fvm-v4-deltas.md} §11: the nv18 vectors whose messages run no actor code (value sends, failed
 * dispatches, prevalidation failures) must give the same receipts and state root at every later network version,
 * because the message-level charges are the same in value and order (§7.5). A vector runs no code when it passes
 * with a runner that refuses to run any; it is then re-run at nv19 to nv28 with that same runner. This is a
 * cross-check derived from the price lists, not an authority.
 */
class WasmFreeVectorsAcrossVersionsTest {
    @Test
    void wasmFreeNv18VectorsGiveTheSameResultsAtEveryLaterVersion() throws Exception {
        Path shared = Path.of(System.getProperty("jfvm.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("vectors")) && Files.isDirectory(shared.resolve("bundles")),
                "shared test data not found at " + shared.toAbsolutePath() + " (set -Djfvm.shared=...); skipping");
        BundleLibrary bundles = BundleLibrary.load(List.of(shared.resolve("bundles")));
        VectorRunner noCode = new VectorRunner(bundles, ActorCodeRunner.UNAVAILABLE, SkipRules.reference());
        List<String> wasmFree = new ArrayList<>();
        int runs = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : VectorLoader.findVectorFiles(List.of(shared.resolve("vectors")))) {
            TestVector v = VectorLoader.read(file);
            if (v.networkVersion() != 18 || !noCode.run(v).passed()) {
                continue;
            }
            wasmFree.add(v.id());
            for (int nv = 19; nv <= 28; nv++) {
                VectorResult r = noCode.run(atNetworkVersion(v, nv));
                runs++;
                if (!r.passed()) {
                    failures.add(v.id() + " at nv" + nv + ": " + r.reason());
                }
            }
        }
        System.out.printf("WASM-free nv18 vectors: %s; re-run at nv19-28: %d runs, %d differ%n", wasmFree, runs,
                failures.size());
        // The corpus has three: its value sends that never reach actor code.
        assertTrue(wasmFree.size() >= 3, "expected the nv18 corpus's WASM-free vectors, found " + wasmFree);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static TestVector atNetworkVersion(TestVector v, int nv) {
        List<TestVector.Variant> variants = v.variants().stream()
                .map(x -> new TestVector.Variant(x.id(), x.epoch(), nv)).toList();
        return new TestVector(v.path(), v.id(), v.vectorClass(), v.selector(), v.car(), v.preRoot(), v.baseFee(),
                v.circulatingSupply(), variants, v.messages(), v.postRoot(), v.receipts(), v.randomness());
    }
}
