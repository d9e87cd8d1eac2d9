package io.jfvm.jmh.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Suite 1, {@code MessageExecutionBenchmark}: per vector group, messages per second and gas per nanosecond, against
 * the FVM's gas clock (gas is priced so that 10 gas take 1 ns on the FVM's reference hardware, so a group running
 * faster than 10 gas/ns is faster than the FVM assumes).
 */
final class MessageThroughput implements Section {
    static final String FILE = "suite1-messages.json";
    static final String TITLE = "Suite 1: message execution";
    static final String TARGET = "every vector group runs faster than the FVM's gas clock of 10 gas/ns "
            + "(ratio > 1.0).";
    static final double FVM_GAS_PER_NS = 10;

    /** One vector group; all rates per second except gas, per nanosecond. */
    record Group(String name, double opsPerSecond, double opsError, double messagesPerSecond,
            double messagesError, double gasPerNs, double gasPerNsError) {
        /** Speed relative to the FVM's gas clock: above 1.0 is faster. */
        double fvmRatio() {
            return gasPerNs / FVM_GAS_PER_NS;
        }
    }

    private final List<Group> groups = new ArrayList<>();

    MessageThroughput(List<JmhResult> results) {
        for (JmhResult r : results) {
            if (!r.method().equals("execute")) {
                continue;
            }
            JmhResult.Metric messages = r.secondary("messages");
            JmhResult.Metric gas = r.secondary("gas");
            groups.add(new Group(r.param("group"),
                    ScoreUnits.perSecond(r.primary().score(), r.primary().unit()),
                    ScoreUnits.perSecond(r.primary().error(), r.primary().unit()),
                    ScoreUnits.perSecond(messages.score(), messages.unit()),
                    ScoreUnits.perSecond(messages.error(), messages.unit()),
                    ScoreUnits.perSecond(gas.score(), gas.unit()) / 1e9,
                    ScoreUnits.perSecond(gas.error(), gas.unit()) / 1e9));
        }
    }

    List<Group> groups() {
        return groups;
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
        if (groups.isEmpty()) {
            return Verdict.NOT_MEASURED;
        }
        return Verdict.of(groups.stream().allMatch(g -> g.fvmRatio() > 1.0));
    }

    @Override
    public String body() {
        List<List<String>> rows = new ArrayList<>();
        for (Group g : groups) {
            rows.add(List.of(g.name(), Markdown.withError(g.opsPerSecond(), g.opsError()),
                    Markdown.withError(g.messagesPerSecond(), g.messagesError()),
                    Markdown.withError(g.gasPerNs(), g.gasPerNsError()), Markdown.ratio(g.fvmRatio()),
                    g.fvmRatio() > 1.0 ? "yes" : "no"));
        }
        return "One op applies every message of a group. Ratio = gas/ns ÷ 10 (the FVM's gas clock); "
                + "errors are JMH's 99.9% confidence half-widths.\n\n"
                + Markdown.table(List.of("group", "ops/s", "messages/s", "gas/ns", "ratio to FVM", "> 1.0"), rows);
    }
}
