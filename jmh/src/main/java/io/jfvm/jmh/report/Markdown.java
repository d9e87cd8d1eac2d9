package io.jfvm.jmh.report;

import java.util.List;
import java.util.Locale;

/** Markdown output: tables, numbers at a readable precision, verdicts. */
final class Markdown {
    /** Shown where a table cell has no measurement. */
    static final String NONE = "—";

    private Markdown() {}

    /** A table with a header row; every row must have as many cells as the header. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        row(sb, header);
        sb.append('|');
        header.forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row " + r + " does not match header " + header);
            }
            row(sb, r);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        cells.forEach(c -> sb.append(' ').append(c.replace("|", "\\|")).append(" |"));
        sb.append('\n');
    }

    /** About three significant digits, with thousands separators for large numbers; NaN as {@link #NONE}. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return NONE;
        }
        double a = Math.abs(x);
        String format = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : a >= 0.001 ? "%.3f" : "%.3g";
        return String.format(Locale.ROOT, format, x);
    }

    /** {@code score ± error}, or just the score when JMH gave no error (a single sample). */
    static String withError(double score, double error) {
        return Double.isNaN(error) ? number(score) : number(score) + " ± " + number(error);
    }

    /** A ratio such as "3.12×". */
    static String ratio(double r) {
        return Double.isNaN(r) ? NONE : String.format(Locale.ROOT, "%.2f×", r);
    }

    static String verdict(Verdict v) {
        return "**" + v + "**";
    }
}
