package io.jfvm.cli;

import io.jfvm.conformance.ActorDifference;
import io.jfvm.conformance.BundleLibrary;
import io.jfvm.conformance.ProofPolicyKind;
import io.jfvm.conformance.RunDigest;
import io.jfvm.conformance.JsonReport;
import io.jfvm.conformance.MessageResult;
import io.jfvm.conformance.VectorLoader;
import io.jfvm.conformance.VectorResult;
import io.jfvm.conformance.VectorRunner;
import io.jfvm.conformance.VariantResult;
import io.jfvm.conformance.VectorSuite;
import io.jfvm.conformance.Verdict;
import io.jfvm.gas.GasCharge;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jfvm vectors PATH...}: runs conformance test vectors and reports every failure. */
@Command(name = "vectors",
        description = {"Runs Filecoin conformance test vectors (message class).",
            "PATH is a vector .json file or a directory searched recursively. Each vector's actors bundle is found "
                + "by the manifest CID its state points at, among the .car files of --bundles. Prints one line per "
                + "failing vector with its reason and ends with 'N passed, M failed, K skipped'. Exits with 1 when "
                + "any vector fails."},
        mixinStandardHelpOptions = true)
final class VectorsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Vector files or directories.")
    private List<Path> paths;

    @Option(names = "--bundles", paramLabel = "DIR",
            description = "Directory (or .car file) of builtin-actors bundles, e.g. ../shared/bundles; repeatable.")
    private List<Path> bundles = List.of();

    @Option(names = "--report", paramLabel = "FILE.json",
            description = "Write a JSON report: every vector with expected and actual figures and its time.")
    private Path report;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Vectors run in parallel (default: the number of processors).")
    private Integer jobs;

    @Option(names = "--proofs", paramLabel = "POLICY", converter = ProofPolicyConverter.class,
            description = "How seal, PoSt, aggregate and replica-update proofs and consensus faults are checked: "
                    + "'vector-policy' (default: as the vectors were produced, proofs valid with their normal gas, "
                    + "no consensus fault) or 'real' (verify every proof; needs the verifying keys).")
    private ProofPolicyKind proofs = VectorRunner.STANDARD_PROOF_POLICY;

    @Option(names = "--repeat", paramLabel = "N",
            description = "Run the vectors N times in this JVM and check that every run gives the same receipts, gas "
                    + "charges and state roots as the first (exit 1 naming the vectors that differ).")
    private int repeat = 1;

    @Option(names = "--digest", paramLabel = "FILE",
            description = "Write one line per vector, 'id digest', over its receipts, gas charges and state roots, to "
                    + "compare runs of other thread counts, JVMs or machines with diff.")
    private Path digest;

    @Option(names = "--details",
            description = "Under each failing vector, print every differing actor and, for a gas mismatch, the gas trace.")
    private boolean details;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + n);
        }
        if (repeat < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1, got " + repeat);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BundleLibrary library = BundleLibrary.load(bundles);
        List<Path> files = VectorLoader.findVectorFiles(paths);
        VectorRunner runner = VectorRunner.standard(library, proofs);
        if (repeat > 1 || digest != null) {
            runner = runner.withAllGasTraces();
        }
        err.println("proof policy: " + proofs.cliName() + " (" + proofs.description() + ")");
        ProgressBar bar = new ProgressBar(err, files.size(), System.console() != null);
        long start = System.nanoTime();
        List<VectorResult> results = VectorSuite.run(runner, files, n, r -> {
            bar.clear();
            if (r.verdict() == Verdict.FAILED) {
                out.println("FAIL " + r.id() + ": " + r.reason());
                if (details) {
                    printDetails(out, r);
                }
                out.flush();
            }
            bar.advance();
        });
        bar.clear();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report != null) {
            JsonReport.write(report, results, millis);
        }
        long passed = results.stream().filter(r -> r.verdict() == Verdict.PASSED).count();
        long failed = results.stream().filter(r -> r.verdict() == Verdict.FAILED).count();
        long skipped = results.stream().filter(r -> r.verdict() == Verdict.SKIPPED).count();
        out.println(passed + " passed, " + failed + " failed, " + skipped + " skipped");
        RunDigest first = RunDigest.of(results);
        if (digest != null) {
            Files.writeString(digest, first.lines());
        }
        boolean deterministic = true;
        for (int i = 2; i <= repeat; i++) {
            List<String> differ = first.differences(RunDigest.of(VectorSuite.run(runner, files, n, r -> {})));
            out.println("run " + i + " of " + repeat + ": " + (differ.isEmpty() ? "identical to run 1"
                    : differ.size() + " vectors differ from run 1: " + String.join(", ", differ)));
            deterministic &= differ.isEmpty();
        }
        return failed == 0 && deterministic ? 0 : Main.EXIT_FAILED;
    }

    private static void printDetails(PrintWriter out, VectorResult r) {
        for (VariantResult v : r.variants()) {
            for (ActorDifference d : v.actorDifferences()) {
                out.println("    actor " + d.describe());
            }
            if (v.missingDiffBlocks() > 0) {
                out.println("    (" + v.missingDiffBlocks() + " state blocks were not in the vector; the actor list may be partial)");
            }
            for (MessageResult m : v.messages()) {
                if (m.gasTrace().isEmpty()) {
                    continue;
                }
                out.println("    gas trace of message " + m.index() + " (" + m.actual().gasUsed() + " used, "
                        + m.expected().gasUsed() + " expected):");
                for (GasCharge c : m.gasTrace()) {
                    out.println("      " + c);
                }
            }
        }
    }

    /** Parses {@code --proofs} ({@code real} or {@code vector-policy}). */
    static final class ProofPolicyConverter implements CommandLine.ITypeConverter<ProofPolicyKind> {
        @Override
        public ProofPolicyKind convert(String value) {
            try {
                return ProofPolicyKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A one-line progress bar on a terminal (redrawn in place); nothing when output is not a terminal. */
    static final class ProgressBar {
        private static final int WIDTH = 40;
        private final PrintWriter term;
        private final int total;
        private final boolean enabled;
        private int done;

        ProgressBar(PrintWriter term, int total, boolean enabled) {
            this.term = term;
            this.total = total;
            this.enabled = enabled && total > 0;
        }

        void advance() {
            done++;
            if (!enabled) {
                return;
            }
            int filled = (int) ((long) WIDTH * done / total);
            term.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            term.flush();
        }

        void clear() {
            if (enabled) {
                term.print("\r\033[K");
                term.flush();
            }
        }
    }
}
