package io.jfvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.car.CarWriter;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.cbor.DagCbor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code jfvm} command line: exit codes, output, and both kinds of compile input. */
class MainTest {
    /** {@code (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)}. */
    private static final byte[] ADD = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f,
        0x03, 0x02, 0x01, 0x00,
        0x07, 0x07, 0x01, 0x03, 'a', 'd', 'd', 0x00, 0x00,
        0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b
    };
    /** A module header cut short. */
    private static final byte[] TRUNCATED = {0x00, 0x61, 0x73, 0x6d, 0x01};

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
    void versionNamesJfvm() {
        Run r = run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("jfvm "), r.out());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        for (String[] args : List.of(new String[] {}, new String[] {"nonsense"}, new String[] {"spectest"},
                new String[] {"compile", dir.resolve("missing.wasm").toString()})) {
            Run r = run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            if (args.length > 0) {
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().startsWith("jfvm: "), r.err());
            }
        }
    }

    @Test
    void spectestCountsCommandsAndExitsOneOnFailure() throws IOException {
        writeScript("3");
        Run pass = run("spectest", dir.toString());
        assertEquals(0, pass.exitCode(), pass.out() + pass.err());
        assertTrue(pass.out().endsWith("3 passed, 0 failed" + System.lineSeparator()), pass.out());

        writeScript("4");
        Run fail = run("spectest", dir.toString());
        assertEquals(1, fail.exitCode());
        assertTrue(fail.out().contains("add.wast:3: assert_return invoke \"add\"(i32:1, i32:2): expected (i32:4), "
                + "got (i32:3)"), fail.out());
        assertTrue(fail.out().contains("2 passed, 1 failed"), fail.out());
    }

    /** A script: the module, one assert_return expecting {@code sum}, a text and a binary assert_malformed. */
    private void writeScript(String sum) throws IOException {
        Path script = Files.createDirectories(dir.resolve("add"));
        Files.write(script.resolve("add.0.wasm"), ADD);
        Files.write(script.resolve("add.1.wasm"), TRUNCATED);
        Files.writeString(script.resolve("add.json"), """
                {"source_filename": "add.wast", "commands": [
                 {"type": "module", "line": 1, "filename": "add.0.wasm"},
                 {"type": "assert_return", "line": 3, "action": {"type": "invoke", "field": "add",
                  "args": [{"type": "i32", "value": "1"}, {"type": "i32", "value": "2"}]},
                  "expected": [{"type": "i32", "value": "%s"}]},
                 {"type": "assert_malformed", "line": 5, "filename": "add.2.wat", "text": "x", "module_type": "text"},
                 {"type": "assert_malformed", "line": 6, "filename": "add.1.wasm", "text": "unexpected end",
                  "module_type": "binary"}
                ]}
                """.formatted(sum));
    }

    @Test
    void compileReportsEachModuleAndFailsOnABadOne() throws IOException {
        Path good = Files.write(dir.resolve("add.wasm"), ADD);
        Path bad = Files.write(dir.resolve("bad.wasm"), TRUNCATED);
        Run ok = run("compile", good.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        // Three functions after the FVM instrumentation: add, the injected gas charge function, and the stack
        // limiter's thunk for the exported function.
        assertTrue(ok.out().lines().anyMatch(l -> l.strip().matches("add\\.wasm\\s+3\\s+\\d+\\s+[\\d,]+ B\\s+0\\s+.* ms")),
                ok.out());

        Run mixed = run("compile", good.toString(), bad.toString());
        assertEquals(1, mixed.exitCode());
        assertTrue(mixed.out().contains("bad.wasm: FAILED: malformed module"), mixed.out());
        assertTrue(mixed.out().endsWith("1 compiled, 1 failed" + System.lineSeparator()), mixed.out());
    }

    @Test
    void compileNamesBundleModulesByTheirManifest() throws IOException {
        Block wasm = Block.of(Multicodec.RAW, ADD);
        Block data = Block.of(Multicodec.DAG_CBOR, DagCbor.encode(
                CborArray.of(CborArray.of(new CborText("adder"), new CborLink(wasm.cid())))));
        Block root = Block.of(Multicodec.DAG_CBOR, DagCbor.encode(CborArray.of(CborInt.of(1),
                new CborLink(data.cid()))));
        Path car = dir.resolve("bundle.car");
        try (OutputStream out = Files.newOutputStream(car)) {
            CarWriter writer = new CarWriter(out, List.of(root.cid()));
            for (Block b : List.of(root, data, wasm)) {
                writer.write(b);
            }
        }
        Run r = run("compile", car.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("bundle.car: 1 module"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("adder ")), r.out());
    }

    @Test
    void compileTakesEveryNetworkVersionAndRejectsOthersNamingTheRange() throws IOException {
        Path good = dir.resolve("ok.wasm");
        Files.write(good, ADD);
        for (String nv : new String[] {"16", "20", "21", "28"}) {
            Run r = run("compile", "-n", nv, good.toString());
            assertEquals(0, r.exitCode(), "nv" + nv + ": " + r.out() + r.err());
        }
        Run bad = run("compile", "-n", "29", good.toString());
        assertEquals(2, bad.exitCode(), bad.out() + bad.err());
        assertTrue(bad.err().contains("network version 29 is not supported: jfvm runs nv16–nv28"), bad.err());
    }
}
