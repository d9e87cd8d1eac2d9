package io.jfvm.jmh.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The node script's kernel timings ({@code suite3-v8.json}): {@code {"node": "v20.x", "v8": "...", "results":
 * [{"kernel": "sha256", "variant": "plain"|"metered", "nsPerOp": 123.4, "iterations": N}, ...]}}.
 */
record V8Results(String node, String v8, List<Timing> results) {
    static final String PLAIN = "plain";
    static final String METERED = "metered";

    /** One kernel in one variant: the plain .wasm, or the .wasm with jfvm's gas metering instrumented in. */
    record Timing(String kernel, String variant, double nsPerOp, long iterations) {}

    /** Nanoseconds per op of {@code kernel} in {@code variant}; NaN when not measured. */
    double nsPerOp(String kernel, String variant) {
        return results.stream().filter(t -> t.kernel().equals(kernel) && t.variant().equals(variant))
                .mapToDouble(Timing::nsPerOp).findFirst().orElse(Double.NaN);
    }

    static V8Results read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.path("results").isArray()) {
            throw new IOException(file + ": expected {\"node\", \"v8\", \"results\": [...]}");
        }
        List<Timing> timings = new ArrayList<>();
        for (JsonNode t : root.path("results")) {
            timings.add(new Timing(t.path("kernel").asText(), t.path("variant").asText(),
                    t.path("nsPerOp").asDouble(Double.NaN), t.path("iterations").asLong()));
        }
        return new V8Results(root.path("node").asText(), root.path("v8").asText(), List.copyOf(timings));
    }
}
