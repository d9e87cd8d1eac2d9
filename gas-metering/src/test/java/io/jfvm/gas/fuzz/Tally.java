package io.jfvm.gas.fuzz;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a campaign, or of one module's comparisons (merged into the campaign's when the module is done). The
 * campaign itself counts generated modules and findings.
 */
final class Tally {
    int generated;
    int generatorFailures;
    int plainCompiled;
    int fvmCompiled;
    /** Modules the FVM's instrumentation rejects, by reason (numbers in the message replaced by N). */
    final Map<String, Integer> fvmRejected = new TreeMap<>();
    int plainCalls;
    int plainTraps;
    int fvmCalls;
    int fvmTraps;
    int outOfGas;
    final Map<Finding.Kind, Integer> findings = new EnumMap<>(Finding.Kind.class);

    void add(Comparison c, boolean fvm) {
        if (fvm) {
            fvmCalls += c.calls;
            fvmTraps += c.traps;
            outOfGas += c.outOfGas;
        } else {
            plainCalls += c.calls;
            plainTraps += c.traps;
        }
    }

    void merge(Tally t) {
        plainCompiled += t.plainCompiled;
        fvmCompiled += t.fvmCompiled;
        t.fvmRejected.forEach((k, v) -> fvmRejected.merge(k, v, Integer::sum));
        plainCalls += t.plainCalls;
        plainTraps += t.plainTraps;
        fvmCalls += t.fvmCalls;
        fvmTraps += t.fvmTraps;
        outOfGas += t.outOfGas;
    }

    int count(Finding.Kind kind) {
        return findings.getOrDefault(kind, 0);
    }

    int findingCount() {
        return findings.values().stream().mapToInt(Integer::intValue).sum();
    }

    int fvmRejectedCount() {
        return fvmRejected.values().stream().mapToInt(Integer::intValue).sum();
    }

    String summary() {
        return String.format("%d modules generated (%d generator failures), %d compiled; plain: %d calls compared "
                + "(%d trapped); fvm: %d modules instrumented and compiled, %d rejected by the FVM's instrumentation, "
                + "%d calls compared (%d trapped, %d of them out of gas); %d divergences, %d crashes, %d rejected, "
                + "%d hangs, %d reference failures, %d fuzzer failures", generated, generatorFailures, plainCompiled,
                plainCalls, plainTraps, fvmCompiled, fvmRejectedCount(), fvmCalls, fvmTraps, outOfGas,
                count(Finding.Kind.DIVERGENCE), count(Finding.Kind.CRASH), count(Finding.Kind.REJECTED),
                count(Finding.Kind.HANG), count(Finding.Kind.REFERENCE_FAILURE), count(Finding.Kind.FUZZER_FAILURE));
    }
}
