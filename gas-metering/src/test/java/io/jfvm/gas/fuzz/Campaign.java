package io.jfvm.gas.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign: modules {@code start} to {@code start + count - 1} of one seed, generated, compared and counted.
 * Every finding is printed at once with the seed and index that reproduce it, and the module (as generated and in
 * its {@code --denan} form) is written to {@code findingsDir}.
 */
final class Campaign {
    /** Generated modules finish in well under a second; this is for the rare one that does not. */
    static final long MODULE_BUDGET_MILLIS = 30_000;
    /** Abandoned workers keep spinning; beyond this many the machine is too busy for the figures to mean much. */
    private static final int MAX_ABANDONED = 2;
    private static final long PROGRESS_MILLIS = 60_000;

    private final WasmOpt wasmOpt;
    private final long seed;
    private final PrintStream out;
    private final Path findingsDir;
    final Tally tally = new Tally();
    final List<String> findings = new ArrayList<>();
    long millis;

    Campaign(WasmOpt wasmOpt, long seed, PrintStream out, Path findingsDir) {
        this.wasmOpt = wasmOpt;
        this.seed = seed;
        this.out = out;
        this.findingsDir = findingsDir;
    }

    void run(int start, int count) throws Exception {
        long began = System.nanoTime();
        long lastProgress = began;
        ModuleRun run = new ModuleRun();
        try (ModuleGuard guard = new ModuleGuard(MODULE_BUDGET_MILLIS)) {
            for (int index = start; index < start + count; index++) {
                FuzzModule m;
                try {
                    m = FuzzModule.generate(wasmOpt, seed, index);
                    tally.generated++;
                } catch (RuntimeException e) {
                    tally.generatorFailures++;
                    out.println("fuzz: seed " + seed + " index " + index + ": generator failed: " + e.getMessage());
                    continue;
                }
                ModuleRun current = run;
                Tally moduleTally = new Tally();
                Optional<List<Finding>> found;
                try {
                    found = guard.run(() -> current.run(m, moduleTally));
                } catch (Exception e) {
                    report(m, new Finding(Finding.Kind.FUZZER_FAILURE, "module", Failures.describe(e)));
                    continue;
                }
                if (found.isPresent()) {
                    tally.merge(moduleTally);
                    found.get().forEach(f -> report(m, f));
                } else {
                    report(m, new Finding(Finding.Kind.HANG, "module", "no result within " + MODULE_BUDGET_MILLIS
                            + " ms, while " + current.where()));
                    run = new ModuleRun(); // the abandoned run may still be writing to its own state
                    if (guard.abandoned > MAX_ABANDONED) {
                        out.println("fuzz: stopping after index " + index + ": " + guard.abandoned
                                + " workers could not be stopped");
                        break;
                    }
                }
                if (System.nanoTime() - lastProgress > PROGRESS_MILLIS * 1_000_000) {
                    lastProgress = System.nanoTime();
                    out.println("fuzz: seed " + seed + " up to index " + index + " after "
                            + (lastProgress - began) / 1_000_000_000 + " s: " + tally.summary());
                }
            }
        } finally {
            millis = (System.nanoTime() - began) / 1_000_000;
        }
    }

    private void report(FuzzModule m, Finding f) {
        tally.findings.merge(f.kind(), 1, Integer::sum);
        String line = m + ": " + f;
        findings.add(line);
        out.println("fuzz: FINDING " + line);
        try {
            Files.createDirectories(findingsDir);
            String name = "seed" + m.seed() + "-index" + m.index();
            Files.write(findingsDir.resolve(name + ".wasm"), m.wasm());
            Files.write(findingsDir.resolve(name + "-denan.wasm"), m.deNaNed());
        } catch (IOException e) {
            out.println("fuzz: cannot write the module of " + m + " to " + findingsDir + ": " + e);
        }
    }
}
