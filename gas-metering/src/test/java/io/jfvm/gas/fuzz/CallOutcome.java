package io.jfvm.gas.fuzz;

import io.jfvm.compiler.rt.TrapKind;
import java.util.List;

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

    @Override
    public String toString() {
        return (trap != null ? "trap \"" + trap.message + "\"" : results.toString())
                + (log.isEmpty() ? "" : ", log " + log);
    }
}
