package io.jfvm.jmh.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark × parameter combination from a JMH JSON result file ({@code -rf json}): only the fields the report
 * uses.
 *
 * @param method the benchmark method's simple name ("execute")
 * @param mode JMH's short mode name: "thrpt", "avgt", "ss", "sample"
 * @param params the @Param values
 * @param primary the primary metric
 * @param secondary secondary metrics by name (e.g. @AuxCounters "messages", "gas")
 * @param rawData the primary metric's samples, one list per fork, one sample per measurement iteration
 * @param jvm the JVM that ran it
 */
record JmhResult(String method, String mode, Map<String, String> params, Metric primary,
        Map<String, Metric> secondary, List<List<Double>> rawData, Jvm jvm) {

    /** A score with its error (NaN when JMH had too few samples to give one) and unit ("ops/s", "us/op", ...). */
    record Metric(double score, double error, String unit) {}

    /** The JVM fields JMH records for every result. */
    record Jvm(String jdkVersion, String vmName, String vmVersion, List<String> jvmArgs) {}

    /** The parameter {@code name}, or an error naming the benchmark when it was not a parameter of this run. */
    String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException(method + " has no @Param " + name + " (params: " + params + ")");
        }
        return value;
    }

    /** The secondary metric {@code name}, or an error when the benchmark did not report it. */
    Metric secondary(String name) {
        Metric m = secondary.get(name);
        if (m == null) {
            throw new IllegalArgumentException(method + " " + params + " has no secondary metric " + name
                    + " (has " + secondary.keySet() + ")");
        }
        return m;
    }

    /** Reads every result of a JMH JSON file. */
    static List<JmhResult> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": not a JMH JSON result file (expected an array)");
        }
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode n : root) {
            results.add(parse(n));
        }
        return results;
    }

    private static JmhResult parse(JsonNode n) {
        String benchmark = n.path("benchmark").asText();
        Map<String, String> params = new LinkedHashMap<>();
        n.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        Map<String, Metric> secondary = new LinkedHashMap<>();
        n.path("secondaryMetrics").fields().forEachRemaining(e -> secondary.put(e.getKey(), metric(e.getValue())));
        List<List<Double>> raw = new ArrayList<>();
        for (JsonNode fork : n.path("primaryMetric").path("rawData")) {
            List<Double> samples = new ArrayList<>();
            fork.forEach(s -> samples.add(number(s)));
            raw.add(samples);
        }
        List<String> jvmArgs = new ArrayList<>();
        n.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
        Jvm jvm = new Jvm(n.path("jdkVersion").asText(), n.path("vmName").asText(), n.path("vmVersion").asText(),
                List.copyOf(jvmArgs));
        return new JmhResult(benchmark.substring(benchmark.lastIndexOf('.') + 1), n.path("mode").asText(),
                params, metric(n.path("primaryMetric")), secondary, raw, jvm);
    }

    private static Metric metric(JsonNode m) {
        return new Metric(number(m.path("score")), number(m.path("scoreError")), m.path("scoreUnit").asText());
    }

    /** JMH writes NaN (an error from a single sample) as the string "NaN". */
    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble(Double.NaN);
    }
}
