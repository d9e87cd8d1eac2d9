package io.jfvm.compiler.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.testing.ActorModules;
import io.jfvm.compiler.testing.ActorModules.ActorModule;
import io.jfvm.compiler.testing.ModuleComparison;
import io.jfvm.compiler.testing.SpecModules;
import io.jfvm.compiler.testing.SpecModules.SpecModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * parse → encode → parse gives an equal module, and encoding is a fixed point, for every valid module of the
 * spec test suite and every builtin-actor module.
 */
class WasmEncoderRoundTripTest {

    @Test
    void specSuiteModulesRoundTrip() {
        List<SpecModule> modules = SpecModules.wellFormed();
        List<String> failures = new ArrayList<>();
        List<String> unparseable = new ArrayList<>();
        int roundTripped = 0;
        int byteIdentical = 0;
        for (SpecModule m : modules) {
            byte[] original = m.bytes();
            Module parsed;
            try {
                parsed = WasmParser.parse(original);
            } catch (WasmFormatException e) {
                unparseable.add(m + ": " + e.getMessage());
                continue;
            }
            String failure = roundTripFailure(parsed);
            if (failure != null) {
                failures.add(m + ": " + failure);
                continue;
            }
            roundTripped++;
            if (Arrays.equals(original, WasmEncoder.encode(parsed))) {
                byteIdentical++;
            }
        }
        System.out.printf("spec round trip: %d/%d parsed modules round-trip (%d byte-identical to the input); "
                + "%d of %d modules do not parse%n", roundTripped, modules.size() - unparseable.size(),
                byteIdentical, unparseable.size(), modules.size());
        unparseable.forEach(u -> System.out.println("  not parsed: " + u));
        assertTrue(modules.size() > 1000, "expected the spec suite's 1,200+ modules, found " + modules.size());
        assertTrue(failures.isEmpty(), failures.size() + " modules fail to round-trip:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @TestFactory
    Stream<DynamicTest> actorModulesRoundTrip() {
        return ActorModules.all().stream().map(m -> DynamicTest.dynamicTest(m.toString(), () -> {
            Module parsed = WasmParser.parse(m.wasm());
            assertNull(roundTripFailure(parsed));
        }));
    }

    /** Encodes, re-parses and re-encodes; describes the first way the round trip is lossy, or returns null. */
    static String roundTripFailure(Module parsed) {
        byte[] encoded;
        Module reparsed;
        try {
            encoded = WasmEncoder.encode(parsed);
            reparsed = WasmParser.parse(encoded);
        } catch (RuntimeException e) {
            return "encoded module does not parse: " + e;
        }
        String difference = ModuleComparison.firstDifference(parsed, reparsed);
        if (difference != null) {
            return "re-parsed module differs: " + difference;
        }
        byte[] again = WasmEncoder.encode(reparsed);
        return Arrays.equals(encoded, again) ? null : "encoding is not a fixed point";
    }

    @Test
    void actorModuleCount() {
        List<ActorModule> all = ActorModules.all();
        assertArrayEquals(new int[] {12, 16}, new int[] {
            (int) all.stream().filter(m -> m.bundle().startsWith("v9")).count(),
            (int) all.stream().filter(m -> m.bundle().startsWith("v10")).count()});
    }
}
