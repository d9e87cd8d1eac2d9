package io.jfvm.jmh.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suite 3, {@code ComputeKernelBenchmark} and the node script: compute kernels on each engine, as time ratios with
 * jfvm (metered) = 1.0: ratio(E) = E's time ÷ jfvm's, so 0.5 means E takes half as long. V8 runs the plain .wasm
 * and the .wasm with gas metering instrumented in.
 */
final class KernelTimes implements Section {
    static final String FILE = "suite3-kernels.json";
    static final String V8_FILE = "suite3-v8.json";
    static final String TITLE = "Suite 3: compute kernels";
    static final String TARGET = "jfvm (metered) takes at most 2× as long as V8 running the plain .wasm, "
            + "on every kernel.";
    static final String BASELINE = "jfvm";
    static final double TARGET_FACTOR = 2.0;
    private static final String V8_PLAIN = "V8 (plain .wasm)";
    private static final String V8_METERED = "V8 (metered .wasm)";

    /** Nanoseconds per op by kernel, then by column (an engine parameter value, or a V8 column). */
    private final Map<String, Map<String, Double>> nanosByKernel = new LinkedHashMap<>();
    private final Set<String> columns = new LinkedHashSet<>();
    private final V8Results v8;

    /** @param v8 the node script's results, or null when it was not run */
    KernelTimes(List<JmhResult> results, V8Results v8) {
        this.v8 = v8;
        columns.add(BASELINE);
        for (JmhResult r : results) {
            String engine = r.param("engine");
            columns.add(engine);
            nanosByKernel.computeIfAbsent(r.param("kernel"), k -> new LinkedHashMap<>())
                    .put(engine, ScoreUnits.nanos(r.primary().score(), r.primary().unit()));
        }
        if (v8 != null) {
            columns.add(V8_PLAIN);
            columns.add(V8_METERED);
            nanosByKernel.forEach((kernel, nanos) -> {
                nanos.put(V8_PLAIN, v8.nsPerOp(kernel, V8Results.PLAIN));
                nanos.put(V8_METERED, v8.nsPerOp(kernel, V8Results.METERED));
            });
        }
    }

    /** {@code column}'s time ÷ jfvm's for {@code kernel}; NaN when either was not measured. */
    double ratio(String kernel, String column) {
        Map<String, Double> nanos = nanosByKernel.getOrDefault(kernel, Map.of());
        return nanos.getOrDefault(column, Double.NaN) / nanos.getOrDefault(BASELINE, Double.NaN);
    }

    /** jfvm's time ÷ V8's on the plain .wasm, which the target bounds by 2; NaN when not measured. */
    double jfvmOverV8(String kernel) {
        return 1 / ratio(kernel, V8_PLAIN);
    }

    double geometricMean(String column) {
        List<Double> ratios = new ArrayList<>();
        nanosByKernel.keySet().forEach(k -> ratios.add(ratio(k, column)));
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
        List<Double> factors = nanosByKernel.keySet().stream().map(this::jfvmOverV8).toList();
        if (factors.isEmpty() || factors.stream().anyMatch(f -> Double.isNaN(f))) {
            return Verdict.NOT_MEASURED;
        }
        return Verdict.of(factors.stream().allMatch(f -> f <= TARGET_FACTOR));
    }

    @Override
    public String body() {
        List<String> header = new ArrayList<>(List.of("kernel"));
        columns.forEach(c -> header.add(BASELINE.equals(c) ? "jfvm (metered)" : EngineNames.of(c)));
        header.add("jfvm ÷ V8 (plain)");
        List<List<String>> rows = new ArrayList<>();
        nanosByKernel.forEach((kernel, nanos) -> {
            List<String> row = new ArrayList<>(List.of(kernel));
            for (String c : columns) {
                Double ns = nanos.get(c);
                row.add(ns == null || ns.isNaN() ? Markdown.NONE
                        : Markdown.ratio(ratio(kernel, c)) + " (" + Markdown.number(ns) + " ns)");
            }
            row.add(Markdown.ratio(jfvmOverV8(kernel)));
            rows.add(row);
        });
        List<String> means = new ArrayList<>(List.of("**geometric mean**"));
        columns.forEach(c -> means.add("**" + Markdown.ratio(geometricMean(c)) + "**"));
        means.add("**" + Markdown.ratio(1 / geometricMean(V8_PLAIN)) + "**");
        rows.add(means);
        String v8Note = v8 == null ? "V8 was not run (no `" + V8_FILE + "`), so the target cannot be checked."
                : "V8: node " + v8.node() + ", V8 " + v8.v8() + ".";
        return "Time ratios with jfvm (metered) = 1.00× (engine time ÷ jfvm time: 0.50× means the engine takes "
                + "half as long); each cell also gives the time per op. " + v8Note + "\n\n"
                + Markdown.table(header, rows);
    }
}
