package io.jfvm.jmh.report;

/**
 * Converts JMH score units to fixed ones, so the report does not depend on each benchmark's @OutputTimeUnit.
 * Rates look like "ops/s" or "ops/us"; times like "us/op" or "s/op".
 */
final class ScoreUnits {
    private ScoreUnits() {}

    /** A rate ("ops/ms", ...) in operations per second. */
    static double perSecond(double score, String unit) {
        String[] parts = split(unit);
        if (!parts[0].equals("ops")) {
            throw new IllegalArgumentException("not a rate unit: " + unit);
        }
        return score / secondsIn(parts[1]);
    }

    /** A time per operation ("us/op", ...) in nanoseconds. */
    static double nanos(double score, String unit) {
        String[] parts = split(unit);
        if (!parts[1].equals("op")) {
            throw new IllegalArgumentException("not a time-per-operation unit: " + unit);
        }
        return score * secondsIn(parts[0]) * 1e9;
    }

    /** A time per operation in seconds. */
    static double seconds(double score, String unit) {
        return nanos(score, unit) / 1e9;
    }

    private static String[] split(String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("unknown JMH score unit: " + unit);
        }
        return parts;
    }

    private static double secondsIn(String timeUnit) {
        return switch (timeUnit) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            case "hr" -> 3600;
            case "day" -> 86400;
            default -> throw new IllegalArgumentException("unknown JMH time unit: " + timeUnit);
        };
    }
}
