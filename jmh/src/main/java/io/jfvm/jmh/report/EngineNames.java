package io.jfvm.jmh.report;

import java.util.Map;

/** Readable names for the benchmarks' {@code engine} parameter values. */
final class EngineNames {
    private static final Map<String, String> NAMES = Map.of(
            "jfvm", "jfvm",
            "jfvm-unmetered", "jfvm (unmetered)",
            "chicory-compiler", "Chicory compiler",
            "chicory-compiler-metered", "Chicory compiler (metered)",
            "chicory-interpreter", "Chicory interpreter");

    private EngineNames() {}

    /** The readable name, or the parameter value itself for an engine this report does not know. */
    static String of(String engine) {
        return NAMES.getOrDefault(engine, engine);
    }
}
