package io.jfvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfvm.runtime.call.ActorCodeRunner;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a failure looks like: a wasm-free vector run with altered expectations or inputs must report the gas trace on
 * a gas mismatch and the differing actors on a root mismatch.
 */
class MismatchReportTest {
    private static TestVector vector;
    private static VectorRunner runner;

    @BeforeAll
    static void load() throws Exception {
        Path shared = Path.of(System.getProperty("jfvm.shared", "../shared"));
        Path file = shared.resolve("vectors/extracted/0002-hygge-01/fil_10_storageminer/Send/Ok/"
                + "ext-0002-fil_10_storageminer-Send-Ok-2.json");
        assumeTrue(Files.isRegularFile(file), "shared test data not found at " + shared.toAbsolutePath() + "; skipping");
        vector = VectorLoader.read(file);
        runner = new VectorRunner(BundleLibrary.load(List.of(shared.resolve("bundles"))), ActorCodeRunner.UNAVAILABLE,
                SkipRules.reference());
    }

    @Test
    void gasMismatchCarriesTheTrace() {
        TestVector.ExpectedReceipt r = vector.receipts().get(0);
        TestVector altered = withReceipts(List.of(new TestVector.ExpectedReceipt(r.exitCode(), r.returnData(), r.gasUsed() + 7)));
        VectorResult result = runner.run(altered);
        assertEquals(Verdict.FAILED, result.verdict());
        assertTrue(result.reason().contains("gas used 1165163 != expected 1165170 (-7)"), result.reason());
        MessageResult m = result.variants().get(0).messages().get(0);
        assertEquals(List.of("OnChainMessage", "OnValueTransfer", "OnActorUpdate"),
                m.gasTrace().stream().map(c -> c.name()).toList());
        // Gas and root are independent: the state root still matches.
        assertTrue(result.variants().get(0).rootMatches());
    }

    @Test
    void rootMismatchNamesTheDifferingActors() {
        // One more atto of base fee changes what is burnt, tipped and refunded, but not the gas.
        TestVector altered = new TestVector(vector.path(), vector.id(), vector.vectorClass(), vector.selector(),
                vector.car(), vector.preRoot(), vector.baseFee().add(BigInteger.ONE), vector.circulatingSupply(),
                vector.variants(), vector.messages(), vector.postRoot(), vector.receipts(), vector.randomness());
        VectorResult result = runner.run(altered);
        assertEquals(Verdict.FAILED, result.verdict());
        VariantResult v = result.variants().get(0);
        assertFalse(v.rootMatches());
        assertTrue(v.messages().get(0).matches());
        List<Long> ids = v.actorDifferences().stream().map(ActorDifference::id).toList();
        assertTrue(ids.contains(99L), "burnt funds differ: " + ids);
        assertTrue(v.actorDifferences().stream().allMatch(d -> d.describe().contains("balance")),
                () -> v.actorDifferences().stream().map(ActorDifference::describe).toList().toString());
        assertTrue(result.reason().contains("actors differ"), result.reason());
    }

    private static TestVector withReceipts(List<TestVector.ExpectedReceipt> receipts) {
        return new TestVector(vector.path(), vector.id(), vector.vectorClass(), vector.selector(), vector.car(),
                vector.preRoot(), vector.baseFee(), vector.circulatingSupply(), vector.variants(), vector.messages(),
                vector.postRoot(), receipts, vector.randomness());
    }
}
