package io.jfvm.gas.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.GlobalType;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.gas.testing.ExpectedInstructions;
import io.jfvm.gas.testing.IrText;
import io.jfvm.gas.testing.LenientWasmReader;
import io.jfvm.gas.testing.Shared;
import io.jfvm.gas.testing.Wat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reproduces every fvm-wasm-instrument fixture in ../shared/instrument-fixtures, one dynamic test per fixture,
 * under the fixtures' own rules: {@code ConstantCostRules} (1 per instruction), stack limit 1024, gas module
 * {@code "env"}.
 *
 * <p>Comparison is structural, on jfvm's IR: the expected WAT is assembled with wabt and decoded into IR, and its
 * canonical text ({@link IrText}) must equal that of the pass output. This is exact for everything that decides
 * behaviour and ignores only what the printed expectations cannot carry (names, custom sections). Modules the
 * upstream unit tests use without validating them are decoded by a lenient reader; the upstream tests compare a
 * single function body there, and so do these. Every pass output of a valid fixture is also encoded back to
 * bytes and must validate.
 */
class InstrumentFixturesTest {
    private static final int FIXTURE_STACK_LIMIT = 1024;
    private static final String FIXTURE_GAS_MODULE = "env";

    @TestFactory
    Stream<DynamicTest> fvmWasmInstrument040() throws IOException {
        return fixtures(InstrumentVersion.V0_4_0, new int[] {5, 7, 9, 11, 7});
    }

    @TestFactory
    Stream<DynamicTest> fvmWasmInstrument020() throws IOException {
        return fixtures(InstrumentVersion.V0_2_0, new int[] {5, 7, 9, 3, 7});
    }

    private Stream<DynamicTest> fixtures(InstrumentVersion v, int[] expectedCounts) throws IOException {
        Path root = Shared.require("instrument-fixtures/fvm-wasm-instrument-" + v.crateVersion);
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> gas = list(root.resolve("tests/fixtures/gas"), ".wat");
        List<Path> stack = list(root.resolve("tests/fixtures/stack-height"), ".wat");
        List<Path> injection = list(root.resolve("unit-test-cases/gas_metering_injection"), ".input.wat");
        List<Path> other = list(root.resolve("unit-test-cases/gas_metering_other"), ".expected.txt");
        List<String> heights = Files.readAllLines(root.resolve("unit-test-cases/stack_limiter_max_height/expected.tsv"))
                .stream().skip(1).filter(l -> !l.isBlank()).toList();
        // A fixture that disappears must fail the suite, not shrink it.
        assertEquals(List.of(expectedCounts[0], expectedCounts[1], expectedCounts[2], expectedCounts[3],
                expectedCounts[4]), List.of(gas.size(), stack.size(), injection.size(), other.size(), heights.size()),
                "fixture counts under " + root);
        for (Path f : gas) {
            tests.add(DynamicTest.dynamicTest(v.crateVersion + " gas/" + f.getFileName(), () -> gasFixture(v, root, f)));
        }
        for (Path f : stack) {
            tests.add(DynamicTest.dynamicTest(v.crateVersion + " stack-height/" + f.getFileName(),
                    () -> stackFixture(v, root, f)));
        }
        for (Path f : injection) {
            tests.add(DynamicTest.dynamicTest(v.crateVersion + " gas_metering_injection/" + f.getFileName(),
                    () -> injectionCase(v, f)));
        }
        for (Path f : other) {
            tests.add(DynamicTest.dynamicTest(v.crateVersion + " gas_metering_other/" + f.getFileName(),
                    () -> otherCase(v, f)));
        }
        for (String row : heights) {
            String[] c = row.split("\t");
            tests.add(DynamicTest.dynamicTest(v.crateVersion + " stack_limiter_max_height/" + c[0],
                    () -> maxHeightCase(root, c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]))));
        }
        return tests.stream();
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Path expectation(Path root, Path fixture) {
        return root.resolve("tests/expectations").resolve(root.resolve("tests/fixtures").relativize(fixture));
    }

    private static void assertValid(Module m, String what) {
        byte[] bytes = WasmEncoder.encode(m);
        WasmParser.parse(bytes); // throws WasmFormatException (INVALID) if the output is not a valid module
        assertTrue(bytes.length > 8, what);
    }

    // ---------------------------------------------------------------- tests/fixtures/gas

    private void gasFixture(InstrumentVersion v, Path root, Path fixture) {
        Module m = WasmParser.parse(Wat.assemble(fixture, true));
        new GasMeteringPass(v, ConstantCostRules.defaults(v), FIXTURE_GAS_MODULE, false).apply(m);
        assertValid(m, fixture.toString());
        Module expected = WasmParser.parse(Wat.assemble(expectation(root, fixture), true));
        if (v == InstrumentVersion.V0_4_0) {
            assertEquals(IrText.module(expected), IrText.module(m));
        } else {
            compareWithStale020Expectation(expected, m);
        }
    }

    /**
     * The 0.2.0 gas expectations predate the switch from an imported {@code env.gas(i32)} function to the
     * in-module {@code gas(i64)} with a counter global (fixtures README): they charge with {@code i32.const N; call
     * <import>}, and the import shifts every defined function index by one. Their block positions and costs are
     * right for 0.2.0, so both sides are reduced to (charges at positions, body without charges) with function
     * indices mapped back, and compared exactly.
     */
    private static void compareWithStale020Expectation(Module expected, Module actual) {
        int gasImport = -1;
        int k = 0;
        for (Import imp : expected.imports()) {
            if (imp.kind() == ExternKind.FUNCTION) {
                if (imp.module().equals("env") && imp.name().equals("gas")) {
                    gasImport = k;
                }
                k++;
            }
        }
        assertTrue(gasImport >= 0, "stale expectation without env.gas import");
        int gi = gasImport;
        int gasFunc = actual.functionCount() - 1;
        assertEquals(expected.functions().size() + 1, actual.functions().size(), "defined functions (plus gas)");
        for (int i = 0; i < expected.functions().size(); i++) {
            Function e = expected.functions().get(i);
            Function a = actual.functions().get(i);
            assertEquals(e.locals(), a.locals(), "locals of defined function " + i);
            assertEquals(reduce(e.body(), Op.I32_CONST, gi, idx -> idx > gi ? idx - 1 : idx),
                    reduce(a.body(), Op.I64_CONST, gasFunc, idx -> idx), "defined function " + i);
        }
        assertEquals(List.of(Instr.indexed(Op.GLOBAL_GET, 0)), actual.functions().get(actual.functions().size() - 1)
                .body().subList(0, 1), "the gas function reads the counter global");
    }

    private static String reduce(List<Instr> body, Op constOp, int gasCall, IntUnaryOperator callMap) {
        StringBuilder charges = new StringBuilder();
        List<Instr> rest = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Instr in = body.get(i);
            if (in.op == constOp && i + 1 < body.size() && body.get(i + 1).op == Op.CALL
                    && body.get(i + 1).index() == gasCall) {
                long n = constOp == Op.I32_CONST ? in.i32() : in.i64();
                charges.append("charge ").append(n).append(" before #").append(rest.size()).append('\n');
                i++;
            } else if (in.op == Op.CALL) {
                rest.add(Instr.indexed(Op.CALL, callMap.applyAsInt(in.index())));
            } else {
                rest.add(in);
            }
        }
        return charges + IrText.body(rest);
    }

    // ---------------------------------------------------------------- tests/fixtures/stack-height

    private void stackFixture(InstrumentVersion v, Path root, Path fixture) {
        Module m = WasmParser.parse(Wat.assemble(fixture, true));
        new StackLimiterPass(v, FIXTURE_STACK_LIMIT).apply(m);
        assertValid(m, fixture.toString());
        Module expected = WasmParser.parse(Wat.assemble(expectation(root, fixture), true));
        assertEquals(IrText.module(expected), IrText.module(m));
    }

    // ---------------------------------------------------------------- unit-test-cases

    private void injectionCase(InstrumentVersion v, Path input) {
        Module m = LenientWasmReader.read(Wat.assemble(input, false));
        new GasMeteringPass(v, ConstantCostRules.defaults(v), FIXTURE_GAS_MODULE, false).apply(m);
        Path expectedFile = input.resolveSibling(input.getFileName().toString().replace(".input.", ".expected."));
        Module expected = LenientWasmReader.read(Wat.assemble(expectedFile, false));
        assertEquals(IrText.body(expected.functions().get(0).body()), IrText.body(m.functions().get(0).body()));
    }

    private void otherCase(InstrumentVersion v, Path expectedFile) {
        String name = expectedFile.getFileName().toString().replace(".expected.txt", "");
        ExpectedInstructions expected = ExpectedInstructions.read(expectedFile);
        Module m;
        if (v == InstrumentVersion.V0_2_0 && name.equals("call_index")) {
            m = callIndexModule020();
        } else {
            m = LenientWasmReader.read(Wat.assemble(expectedFile.resolveSibling(name + ".input.wat"), false));
        }
        GasMeteringPass pass = new GasMeteringPass(v, OtherCaseRules.of(v, name), OtherCaseRules.gasModule(name),
                false);
        if (expected.expectsFailure) {
            WasmFormatException e = assertThrows(WasmFormatException.class, () -> pass.apply(m));
            assertEquals(WasmFormatException.Kind.UNSUPPORTED, e.kind());
            return;
        }
        pass.apply(m);
        assertFalse(expected.bodies.isEmpty(), "no expected body in " + expectedFile);
        for (var e : expected.bodies.entrySet()) {
            assertEquals(IrText.body(e.getValue()), IrText.body(m.functions().get(e.getKey()).body()),
                    "defined function " + e.getKey());
        }
    }

    /** 0.2.0's call_index builds its module in Rust code; its .expected.txt header describes it. */
    private static Module callIndexModule020() {
        Module m = new Module();
        int t = m.typeIndex(new io.jfvm.compiler.ir.FuncType(List.of(io.jfvm.compiler.ir.ValType.I32), List.of()));
        m.globals().add(new io.jfvm.compiler.ir.Global(new GlobalType(io.jfvm.compiler.ir.ValType.I32, false),
                List.of(Instr.i32(0))));
        m.functions().add(new Function(t, List.of(), List.of(Instr.of(Op.END))));
        Instr call0 = Instr.indexed(Op.CALL, 0);
        m.functions().add(new Function(t, List.of(), List.of(call0, Instr.block(Op.IF,
                io.jfvm.compiler.ir.BlockType.EMPTY), call0, call0, call0, Instr.of(Op.ELSE), call0, call0,
                Instr.of(Op.END), call0, Instr.of(Op.END))));
        return m;
    }

    private void maxHeightCase(Path root, String name, int function, int expected) {
        Module m = LenientWasmReader.read(Wat.assemble(root.resolve("unit-test-cases/stack_limiter_max_height/"
                + name + ".wat"), false));
        assertEquals(expected, MaxStackHeight.compute(m, function));
    }
}
