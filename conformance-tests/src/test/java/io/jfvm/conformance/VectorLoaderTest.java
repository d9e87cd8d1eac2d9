package io.jfvm.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.runtime.call.ActorCodeRunner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vector parsing, randomness replay, skip rules and the missing-bundle verdict, on synthetic vectors. */
class VectorLoaderTest {
    private static final String PRE = "bafy2bzacecolbm6fmp2ajiysizl3xpwkop5c7y7e44377rpdmtwf2yrah77uc";
    private static final String POST = "bafy2bzaceck3pxovsrgijlkdtqclvar2bfi5nmiwggpfsma55suetnjmmhamw";

    static String vectorJson(String extraTopLevel, String preconditionsExtra) {
        String ret = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        return "{\"class\":\"message\",\"selector\":{\"min_protocol_version\":\"ohsnap\"},"
                + "\"_meta\":{\"id\":\"synthetic-1\"},\"car\":\"\"," + extraTopLevel
                + "\"preconditions\":{\"variants\":[{\"id\":\"ohsnap\",\"epoch\":2796946,\"nv\":18}],"
                + "\"state_tree\":{\"root_cid\":{\"/\":\"" + PRE + "\"}}" + preconditionsExtra + "},"
                + "\"apply_messages\":[{\"bytes\":\"AAE=\"}],"
                + "\"postconditions\":{\"state_tree\":{\"root_cid\":{\"/\":\"" + POST + "\"}},"
                + "\"receipts\":[{\"exit_code\":16,\"return\":\"" + ret + "\",\"gas_used\":1165163}]}}";
    }

    private static TestVector parse(String json) throws Exception {
        return VectorLoader.parse(Path.of("x.json"),
                new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).readTree(json));
    }

    @Test
    void readsBigIntegersRandomnessAndReceipts() throws Exception {
        String digest = Base64.getEncoder().encodeToString(new byte[32]);
        TestVector v = parse(vectorJson("\"randomness\":[{\"on\":[\"beacon\",2799964],\"ret\":\"" + digest + "\"}],",
                ",\"basefee\":371785367,\"circ_supply\":463804823625795291767407816"));
        assertEquals("synthetic-1", v.id());
        assertEquals(18, v.networkVersion());
        assertEquals(new BigInteger("463804823625795291767407816"), v.circulatingSupply());
        assertEquals(BigInteger.valueOf(371785367), v.baseFee());
        assertEquals(PRE, v.preRoot().toString());
        assertEquals(POST, v.postRoot().toString());
        assertEquals(16, v.receipts().get(0).exitCode());
        assertArrayEquals(new byte[] {1, 2, 3}, v.receipts().get(0).returnData());
        assertArrayEquals(new byte[] {0, 1}, v.messages().get(0).bytes());
        assertEquals(new RandomnessEntry("beacon", 2799964, new byte[32]).kind(), v.randomness().get(0).kind());
    }

    @Test
    void absentBaseFeeAndSupplyAreNull() throws Exception {
        TestVector v = parse(vectorJson("", ""));
        assertNull(v.baseFee());
        assertNull(v.circulatingSupply());
    }

    @Test
    void replaysMatchingEntriesAndFallsBackOtherwise() {
        byte[] digest = new byte[32];
        digest[0] = 42;
        ReplayingExterns externs = new ReplayingExterns(List.of(new RandomnessEntry("chain", 10, digest)));
        assertArrayEquals(digest, externs.chainRandomness(10));
        byte[] fallback = "i_am_random_____i_am_random_____".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(fallback, externs.beaconRandomness(10));
        assertArrayEquals(fallback, externs.chainRandomness(11));
    }

    @Test
    void skipRulesFollowTheReferenceRunner() throws Exception {
        TestVector chaos = parse(vectorJson("", "").replace("\"min_protocol_version\":\"ohsnap\"", "\"chaos_actor\":\"true\""));
        assertTrue(SkipRules.reference().skipReason(chaos).isPresent());
        TestVector plain = parse(vectorJson("", ""));
        assertTrue(SkipRules.reference().skipReason(plain).isEmpty());
        TestVector dispute = VectorLoader.parse(Path.of("/v/fil_10_storageminer/DisputeWindowedPoSt/Ok/x.json"),
                new ObjectMapper().readTree(vectorJson("", "")));
        assertTrue(SkipRules.reference().skipReason(dispute).isPresent());
        assertTrue(SkipRules.none().skipReason(dispute).isEmpty());
    }

    @Test
    void unreadableVectorsFailWithAReason(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"class\":\"message\"");
        VectorResult r = new VectorRunner(BundleLibrary.empty(), ActorCodeRunner.UNAVAILABLE, SkipRules.reference()).run(bad);
        assertEquals(Verdict.FAILED, r.verdict());
        assertTrue(r.reason().startsWith("cannot read vector"), r.reason());
        assertThrows(VectorFormatException.class, () -> VectorLoader.read(bad));
    }
}
