package io.jfvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jfvm vectors}: summary line, failure lines, exit status and the JSON report, on a few shared vectors. */
class VectorsCommandTest {
    private static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void locateSharedData() {
        shared = Path.of(System.getProperty("jfvm.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("vectors")),
                "shared test data not found at " + shared.toAbsolutePath() + " (set -Djfvm.shared=...); skipping");
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void wasmFreeVectorsPass() throws Exception {
        Path report = dir.resolve("report.json");
        Run r = run("vectors", "--bundles", shared.resolve("bundles").toString(), "--report", report.toString(),
                "--jobs", "2", shared.resolve("vectors/extracted/0002-hygge-01/fil_10_storageminer/Send").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().endsWith("2 passed, 0 failed, 0 skipped" + System.lineSeparator()), r.out());
        assertFalse(r.err().contains("\r"), "no progress bar when output is not a terminal");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, json.path("summary").path("passed").asInt());
        JsonNode v = json.path("vectors").get(0);
        assertEquals("passed", v.path("verdict").asText());
        JsonNode receipt = v.path("variants").get(0).path("receipts").get(0);
        assertEquals(receipt.path("expected").path("gas_used"), receipt.path("actual").path("gas_used"));
    }

    @Test
    void actorCodeRunsAndAMismatchIsReportedWithItsReason() throws Exception {
        // The real vector runs the init actor's Exec; the copy expects one more unit of gas than the message uses.
        Path vector = shared.resolve(
                "vectors/extracted/0001-shark-01/fil_9_init/Exec/Ok/ext-0001-fil_9_init-Exec-Ok-1.json");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode altered = mapper.readTree(vector.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode receipt =
                (com.fasterxml.jackson.databind.node.ObjectNode) altered.path("postconditions").path("receipts").get(0);
        long gasUsed = receipt.path("gas_used").asLong();
        receipt.put("gas_used", gasUsed + 1);
        Path wrong = dir.resolve("wrong-gas.json");
        mapper.writeValue(wrong.toFile(), altered);

        Run ok = run("vectors", "--bundles", shared.resolve("bundles").toString(), vector.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains("1 passed, 0 failed, 0 skipped"), ok.out());

        Run r = run("vectors", "--bundles", shared.resolve("bundles").toString(), wrong.toString());
        assertEquals(Main.EXIT_FAILED, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("FAIL ext-0001-fil_9_init-Exec-Ok-1: ")
                && l.contains(Long.toString(gasUsed)) && l.contains(Long.toString(gasUsed + 1))), r.out());
        assertTrue(r.out().contains("0 passed, 1 failed, 0 skipped"), r.out());
    }

    @Test
    void withoutBundlesTheManifestIsNamed() {
        Run r = run("vectors", shared.resolve(
                "vectors/extracted/0001-shark-01/fil_9_account/Send/Ok/ext-0001-fil_9_account-Send-Ok-1.json").toString());
        assertEquals(Main.EXIT_FAILED, r.exitCode());
        assertTrue(r.out().contains("bafy2bzacebhoemuuebamhlw7mbr7ehljkymyaf75ywlw4irms4xv3oosskpyk"), r.out());
    }

    @Test
    void missingPathIsAnError() {
        Run r = run("vectors", dir.resolve("nope").toString());
        assertEquals(Main.EXIT_FAILED, r.exitCode());
        assertTrue(r.err().contains("no such vector file or directory"), r.err());
    }
}
