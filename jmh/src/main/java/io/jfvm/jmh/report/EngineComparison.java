package io.jfvm.jmh.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suite 2, {@code EngineComparisonBenchmark}: the same message groups on jfvm and on other WebAssembly engines,
 * as time ratios with jfvm = 1.0: ratio(E) = jfvm ops/s ÷ E ops/s, so 3.0 means E takes three times as long.
 */
final class EngineComparison implements Section {
    static final String FILE = "suite2-engines.json";
    static final String TITLE = "Suite 2: jfvm against other engines";
    static final String TARGET = "the Chicory compiler takes at least 3.0× as long as jfvm "
            + "(geometric mean over the groups).";
    static final String BASELINE = "jfvm";
    static final String TARGET_ENGINE = "chicory-compiler";
    static final double TARGET_RATIO = 3.0;

    /** ops/s by group, then by engine. */
    private final Map<String, Map<String, JmhResult.Metric>> opsByGroup = new LinkedHashMap<>();
    private final Set<String> engines = new LinkedHashSet<>();

    EngineComparison(List<JmhResult> results) {
        engines.add(BASELINE);
        for (JmhResult r : results) {
            if (!r.method().equals("execute")) {
                continue;
            }
            String engine = r.param("engine");
            engines.add(engine);
            opsByGroup.computeIfAbsent(r.param("group"), g -> new LinkedHashMap<>()).put(engine, r.primary());
        }
    }

    /** jfvm's ops/s ÷ {@code engine}'s for {@code group}; NaN when either was not measured. */
    double ratio(String group, String engine) {
        Map<String, JmhResult.Metric> ops = opsByGroup.getOrDefault(group, Map.of());
        JmhResult.Metric base = ops.get(BASELINE);
        JmhResult.Metric other = ops.get(engine);
        if (base == null || other == null) {
            return Double.NaN;
        }
        return ScoreUnits.perSecond(base.score(), base.unit()) / ScoreUnits.perSecond(other.score(), other.unit());
    }

    /** The geometric mean of {@code engine}'s ratios over the groups; NaN when it has none. */
    double geometricMean(String engine) {
        List<Double> ratios = new ArrayList<>();
        opsByGroup.keySet().forEach(g -> ratios.add(ratio(g, engine)));
        return Ratios.geometricMean(ratios);
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
        double mean = geometricMean(TARGET_ENGINE);
        return Double.isNaN(mean) ? Verdict.NOT_MEASURED : Verdict.of(mean >= TARGET_RATIO);
    }

    @Override
    public String body() {
        List<String> header = new ArrayList<>(List.of("group"));
        engines.forEach(e -> header.add(EngineNames.of(e)));
        List<List<String>> rows = new ArrayList<>();
        opsByGroup.forEach((group, ops) -> {
            List<String> row = new ArrayList<>(List.of(group));
            for (String e : engines) {
                JmhResult.Metric m = ops.get(e);
                row.add(m == null ? Markdown.NONE : Markdown.ratio(ratio(group, e)) + " ("
                        + Markdown.withError(ScoreUnits.perSecond(m.score(), m.unit()),
                                ScoreUnits.perSecond(m.error(), m.unit())) + " ops/s)");
            }
            rows.add(row);
        });
        List<String> means = new ArrayList<>(List.of("**geometric mean**"));
        engines.forEach(e -> means.add("**" + Markdown.ratio(geometricMean(e)) + "**"));
        rows.add(means);
        return "Time ratios with jfvm = 1.00× (jfvm ops/s ÷ engine ops/s: 3.00× means the engine takes three "
                + "times as long); each cell also gives the engine's ops/s, one op being every message of the "
                + "group.\n\n" + Markdown.table(header, rows);
    }
}
