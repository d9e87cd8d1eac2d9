package io.jfvm.jmh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Suite 4, {@code ColdStartBenchmark}: compiling a whole bundle, and loading it from the disk cache. Single-shot
 * with no warm-up, so each fork's first op ran in a fresh JVM: that op is the cold start the targets are about;
 * the later ops show a process that has already compiled (JIT-warmed jfvm's own compiler).
 */
final class ColdStartTimes implements Section {
    static final String FILE = "suite4-coldstart.json";
    static final String TITLE = "Suite 4: cold start";
    static final String TARGET = "in a fresh JVM, a bundle compiles in under 10 s and loads from the disk cache "
            + "in under 1 s.";
    /** Target seconds by benchmark method. */
    static final Map<String, Double> TARGET_SECONDS = Map.of("compileBundle", 10.0, "loadFromDiskCache", 1.0);

    /**
     * One bundle and benchmark, in seconds.
     *
     * @param firstOps each fork's first op: a fresh JVM
     * @param laterOps every other op
     */
    record Row(String bundle, String method, List<Double> firstOps, List<Double> laterOps, double score,
            double error) {
        double coldMean() {
            return mean(firstOps);
        }

        double warmMean() {
            return mean(laterOps);
        }

        double target() {
            return TARGET_SECONDS.get(method);
        }

        boolean met() {
            return coldMean() < target();
        }

        private static double mean(List<Double> xs) {
            return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    ColdStartTimes(List<JmhResult> results) {
        for (JmhResult r : results) {
            if (!TARGET_SECONDS.containsKey(r.method())) {
                continue;
            }
            String unit = r.primary().unit();
            List<Double> first = new ArrayList<>();
            List<Double> later = new ArrayList<>();
            for (List<Double> fork : r.rawData()) {
                for (int i = 0; i < fork.size(); i++) {
                    (i == 0 ? first : later).add(ScoreUnits.seconds(fork.get(i), unit));
                }
            }
            rows.add(new Row(r.param("bundle"), r.method(), first, later,
                    ScoreUnits.seconds(r.primary().score(), unit), ScoreUnits.seconds(r.primary().error(), unit)));
        }
    }

    List<Row> rows() {
        return rows;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public Verdict verdict() {
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.firstOps().isEmpty())) {
            return Verdict.NOT_MEASURED;
        }
        return Verdict.of(rows.stream().allMatch(Row::met));
    }

    @Override
    public String body() {
        List<List<String>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(List.of(r.bundle(), r.method(), Markdown.number(r.target()) + " s",
                    Markdown.number(r.coldMean()) + " s (" + range(r.firstOps()) + ", " + r.firstOps().size()
                            + " JVMs)",
                    Markdown.number(r.warmMean()) + " s (" + range(r.laterOps()) + ")",
                    Markdown.withError(r.score(), r.error()) + " s", r.met() ? "yes" : "no"));
        }
        return "Fresh JVM = the first op of each fork (mean, min–max), the figure the target is checked against; "
                + "later ops = the same JVM's further ops (compiler JIT-compiled, but no cache in memory: every "
                + "op uses a new engine). JMH score = mean over all ops with its 99.9% confidence half-width.\n\n"
                + Markdown.table(List.of("bundle", "benchmark", "target", "fresh JVM", "later ops", "JMH score",
                        "met"), table);
    }

    private static String range(List<Double> xs) {
        if (xs.isEmpty()) {
            return Markdown.NONE;
        }
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return Markdown.number(min) + "–" + Markdown.number(max);
    }
}
