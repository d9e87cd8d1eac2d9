package io.jfvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs every vector of {@code ../shared/vectors} and holds the line: each vector listed in the committed ratchet
 * ({@value #RATCHET}) must pass. Vectors that pass without being listed are reported so they can be added, and
 * the complete updated list is written to {@code target/conformance-ratchet.txt}.
 */
class ConformanceRatchetTest {
    static final String RATCHET = "ratchet.txt";
    private static final String RATCHET_SOURCE = "src/test/resources/io/jfvm/conformance/" + RATCHET;

    @Test
    void everyRatchetedVectorPasses() throws Exception {
        Path shared = Path.of(System.getProperty("jfvm.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("vectors")) && Files.isDirectory(shared.resolve("bundles")),
                "shared test data not found at " + shared.toAbsolutePath() + " (set -Djfvm.shared=...); skipping");

        TreeSet<String> ratchet = readRatchet();
        List<Path> files = VectorLoader.findVectorFiles(List.of(shared.resolve("vectors")));
        BundleLibrary bundles = BundleLibrary.load(List.of(shared.resolve("bundles")));
        VectorRunner runner = VectorRunner.standard(bundles);
        int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        List<VectorResult> results = VectorSuite.run(runner, files, jobs, r -> {});
        long millis = (System.nanoTime() - start) / 1_000_000;
        Files.createDirectories(Path.of("target"));
        JsonReport.write(Path.of("target/conformance-report.json"), results, millis);

        assertEquals(files.size(), results.size(), "every vector file gets a verdict");
        for (VectorResult r : results) {
            assertTrue(r.passed() || r.reason() != null, () -> r.id() + ": a failed or skipped vector needs a reason");
            assertTrue(r.reason() == null || !r.reason().startsWith("error:"),
                    () -> r.id() + ": a Java exception escaped the runner: " + r.reason());
        }

        Map<String, VectorResult> byId = results.stream()
                .collect(Collectors.toMap(VectorResult::id, Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (String id : ratchet) {
            VectorResult r = byId.get(id);
            if (r == null) {
                problems.add(id + ": listed in the ratchet but not found among the vectors");
            } else if (!r.passed()) {
                problems.add(id + ": " + r.verdict() + ": " + r.reason());
            }
        }
        TreeSet<String> passing = results.stream().filter(VectorResult::passed).map(VectorResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> newlyPassing = new TreeSet<>(passing);
        newlyPassing.removeAll(ratchet);
        TreeSet<String> updated = new TreeSet<>(ratchet);
        updated.addAll(passing);
        Files.writeString(Path.of("target/conformance-ratchet.txt"), String.join("\n", updated) + "\n");

        long failed = results.stream().filter(r -> r.verdict() == Verdict.FAILED).count();
        long skipped = results.stream().filter(r -> r.verdict() == Verdict.SKIPPED).count();
        System.out.println("conformance: " + passing.size() + " passed, " + failed + " failed, " + skipped
                + " skipped (" + ratchet.size() + " in the ratchet) in " + millis + " ms");
        if (!newlyPassing.isEmpty()) {
            System.out.println("conformance: " + newlyPassing.size() + " vectors pass but are not in the ratchet;"
                    + " add them to " + RATCHET_SOURCE + " (the full updated list is in"
                    + " target/conformance-ratchet.txt):");
            newlyPassing.forEach(id -> System.out.println("  " + id));
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " vectors in the ratchet (" + RATCHET_SOURCE + ") no longer pass:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The ratchet: one vector id per line; blank lines and lines starting with # are ignored. */
    static TreeSet<String> readRatchet() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        try (InputStream in = Objects.requireNonNull(ConformanceRatchetTest.class.getResourceAsStream(RATCHET),
                RATCHET + " is missing from the test resources");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
