package io.jfvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfvm.runtime.call.ActorCodeRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A vector whose bundle is not among the given ones fails with the manifest CID in its reason. */
class MissingBundleTest {
    @Test
    void reasonNamesTheManifestCid() throws Exception {
        Path shared = Path.of(System.getProperty("jfvm.shared", "../shared"));
        Path vector = shared.resolve("vectors/extracted/0002-hygge-01/fil_10_storageminer/Send/Ok/"
                + "ext-0002-fil_10_storageminer-Send-Ok-2.json");
        assumeTrue(Files.isRegularFile(vector), "shared test data not found at " + shared.toAbsolutePath() + "; skipping");
        BundleLibrary onlyV9 = BundleLibrary.load(List.of(shared.resolve("bundles/v9-mainnet.car")));
        VectorResult r = new VectorRunner(onlyV9, ActorCodeRunner.UNAVAILABLE, SkipRules.reference()).run(vector);
        assertEquals(Verdict.FAILED, r.verdict());
        assertTrue(r.reason().contains("bafy2bzacea5a4r4pgc5pjcy2kx7mcbjcmc72chs7qqyl5o4jirxiplnqdmpo2"), r.reason());
        assertTrue(r.reason().contains("v9-mainnet.car"), r.reason());

        BundleLibrary both = BundleLibrary.load(List.of(shared.resolve("bundles")));
        VectorResult ok = new VectorRunner(both, ActorCodeRunner.UNAVAILABLE, SkipRules.reference()).run(vector);
        assertEquals(Verdict.PASSED, ok.verdict(), ok.reason());
    }
}
