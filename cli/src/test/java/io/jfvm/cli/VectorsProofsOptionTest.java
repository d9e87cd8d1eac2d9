package io.jfvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jfvm vectors --proofs}: the proof policy is explicit and printed. */
class VectorsProofsOptionTest {
    @TempDir
    Path dir;

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
    void defaultIsTheVectorPolicyAndIsPrinted() {
        Run r = run("vectors", dir.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("proof policy: vector-policy ("), r.err());
        assertTrue(r.out().contains("0 passed, 0 failed, 0 skipped"), r.out());
    }

    @Test
    void realPolicyIsPrinted() {
        Run r = run("vectors", "--proofs", "real", dir.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("proof policy: real ("), r.err());
    }

    @Test
    void unknownPolicyIsAUsageError() {
        Run r = run("vectors", "--proofs", "fake", dir.toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown proof policy 'fake'"), r.err());
    }
}
