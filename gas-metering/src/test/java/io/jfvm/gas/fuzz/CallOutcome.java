package io.jfvm.gas.fuzz;

import io.jfvm.compiler.rt.TrapKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one call did that the caller can see: its results as {@link ValueText} (null after a trap) or its trap,
 * and the calls it made to the {@code fuzzing-support} logging imports, in order.
 */
record CallOutcome(List<String> results, TrapKind trap, List<String> log) {
    static CallOutcome returned(List<String> results, List<String> log) {
        return new CallOutcome(List.copyOf(results), null, List.copyOf(log));
    }

    static CallOutcome trapped(TrapKind trap, List<String> log) {
        return new CallOutcome(null, trap, List.copyOf(log));
    }

    /** How {@code jfvm} differs from this outcome, Chicory's: results or trap, and the first differing log entry. */
    String differenceFrom(CallOutcome jfvm) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(results, jfvm.results) || trap != jfvm.trap) {
            parts.add("Chicory " + value() + ", jfvm " + jfvm.value());
        }
        int at = 0;
        while (at < log.size() && at < jfvm.log.size() && log.get(at).equals(jfvm.log.get(at))) {
            at++;
        }
        if (at < log.size() || at < jfvm.log.size()) {
            parts.add("log entry " + at + ": Chicory " + entry(log, at) + ", jfvm " + entry(jfvm.log, at) + " (of "
                    + log.size() + " and " + jfvm.log.size() + " entries)");
        }
        return String.join("; ", parts);
    }

    private String value() {
        return trap != null ? "trap \"" + trap.message + "\"" : results.toString();
    }

    private static String entry(List<String> log, int at) {
        return at < log.size() ? log.get(at) : "none";
    }

    @Override
    public String toString() {
        return value() + (log.isEmpty() ? "" : ", " + log.size() + " log entries");
    }
}
