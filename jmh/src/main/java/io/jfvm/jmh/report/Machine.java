package io.jfvm.jmh.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The machine the report is written on, which the run script makes the machine the benchmarks ran on.
 *
 * @param loadAverage Linux's 1, 5 and 15 minute load averages before the benchmarks started (the run script saves
 *     them as {@value #LOAD_BEFORE_RUN} in the results directory), or "unknown": on a shared machine, other work
 *     running alongside the benchmarks inflates their times
 */
record Machine(int processors, String cpuModel, String loadAverage) {
    /** The copy of /proc/loadavg the run script takes before the first benchmark. */
    static final String LOAD_BEFORE_RUN = "loadavg-before-run";

    static Machine current(Path results) {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(Path.of("/proc/cpuinfo")),
                loadAverage(results.resolve(LOAD_BEFORE_RUN)));
    }

    /** Whether the 1-minute load before the run exceeded the processors: other work was competing. */
    boolean wasBusy() {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]) > processors;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The first three fields of a Linux /proc/loadavg; "unknown" elsewhere. */
    static String loadAverage(Path loadavg) {
        try {
            String[] fields = Files.readString(loadavg).trim().split("\\s+");
            return fields.length < 3 ? "unknown" : String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | SecurityException e) {
            return "unknown";
        }
    }

    /** The first "model name" of a Linux /proc/cpuinfo; "unknown CPU" elsewhere. */
    static String cpuModel(Path cpuinfo) {
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | SecurityException e) {
            return "unknown CPU";
        }
    }
}
