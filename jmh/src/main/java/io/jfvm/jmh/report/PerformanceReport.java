package io.jfvm.jmh.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code docs/performance.md} from a directory of benchmark results (see {@code jmh/run-benchmarks}): a
 * section per suite with its target and whether it is met. Suites without a results file are listed as not run.
 *
 * <p>Usage: {@code PerformanceReport RESULTS_DIR OUTPUT_FILE COMMAND}, where COMMAND is the command line that
 * produced the results, quoted as one argument.
 */
public final class PerformanceReport {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final List<Section> sections = new ArrayList<>();
    /** The JVMs the suites ran on, described for the header; normally one. */
    private final Set<String> jvms = new LinkedHashSet<>();
    private final List<String> jvmArgs = new ArrayList<>();

    /** Reads every suite's results that exist in {@code dir}. */
    PerformanceReport(Path dir) throws IOException {
        List<JmhResult> messages = read(dir, MessageThroughput.FILE, MessageThroughput.TITLE);
        sections.add(messages == null
                ? new NotRun(MessageThroughput.TITLE, MessageThroughput.TARGET, MessageThroughput.FILE)
                : new MessageThroughput(messages));
        List<JmhResult> engines = read(dir, EngineComparison.FILE, EngineComparison.TITLE);
        sections.add(engines == null
                ? new NotRun(EngineComparison.TITLE, EngineComparison.TARGET, EngineComparison.FILE)
                : new EngineComparison(engines));
        List<JmhResult> kernels = read(dir, KernelTimes.FILE, KernelTimes.TITLE);
        Path v8 = dir.resolve(KernelTimes.V8_FILE);
        sections.add(kernels == null ? new NotRun(KernelTimes.TITLE, KernelTimes.TARGET, KernelTimes.FILE)
                : new KernelTimes(kernels, Files.exists(v8) ? V8Results.read(v8) : null));
        List<JmhResult> coldStart = read(dir, ColdStartTimes.FILE, ColdStartTimes.TITLE);
        sections.add(coldStart == null
                ? new NotRun(ColdStartTimes.TITLE, ColdStartTimes.TARGET, ColdStartTimes.FILE)
                : new ColdStartTimes(coldStart));
    }

    /** The file's results, noting their JVM; null when the file does not exist. */
    private List<JmhResult> read(Path dir, String file, String title) throws IOException {
        Path p = dir.resolve(file);
        if (!Files.exists(p)) {
            return null;
        }
        List<JmhResult> results = JmhResult.read(p);
        Set<String> args = new LinkedHashSet<>();
        for (JmhResult r : results) {
            jvms.add(r.jvm().vmName() + " " + r.jvm().vmVersion() + " (JDK " + r.jvm().jdkVersion() + ")");
            args.add(String.join(" ", r.jvm().jvmArgs()));
        }
        args.forEach(a -> jvmArgs.add(title + ": `" + a + "`"));
        return results;
    }

    List<Section> sections() {
        return sections;
    }

    /** The whole report. */
    String render(Instant when, Machine machine, String command) {
        StringBuilder md = new StringBuilder("# jfvm performance\n\n");
        md.append("Generated ").append(DATE.format(when)).append(" by `").append(command).append("`.\n\n");
        md.append("- Machine: ").append(machine.processors()).append(" processors (`nproc`), ")
                .append(machine.cpuModel()).append("; load average (1, 5, 15 min) before the run: ")
                .append(machine.loadAverage())
                .append(machine.wasBusy() ? " (above the processor count: other work was running, so absolute "
                        + "times are inflated)\n" : "\n");
        jvms.forEach(j -> md.append("- JVM: ").append(j).append('\n'));
        jvmArgs.forEach(a -> md.append("- JVM arguments, ").append(a).append('\n'));
        md.append("\nRatios are the point: absolute times vary with the machine and its load, ratios measured "
                + "side by side much less. Scores are shown too.\n\n");
        List<List<String>> summary = new ArrayList<>();
        sections.forEach(s -> summary.add(List.of(s.title(), s.target(), Markdown.verdict(s.verdict()))));
        md.append(Markdown.table(List.of("suite", "target", "verdict"), summary));
        for (Section s : sections) {
            md.append("\n## ").append(s.title()).append("\n\n");
            md.append("Target: ").append(s.target()).append(" Verdict: ").append(Markdown.verdict(s.verdict()))
                    .append(".\n\n");
            md.append(s.body());
        }
        return md.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PerformanceReport RESULTS_DIR OUTPUT_FILE COMMAND");
            System.exit(2);
        }
        PerformanceReport report = new PerformanceReport(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.render(Instant.now(), Machine.current(Path.of(args[0])), args[2]));
        System.out.println("wrote " + out);
    }
}
