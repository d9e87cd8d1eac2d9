package io.jfvm.jmh.report;

import java.util.Collection;

/** Summaries of ratios: the geometric mean, the right average for ratios (it treats 2× and 0.5× symmetrically). */
final class Ratios {
    private Ratios() {}

    /** The geometric mean of the values that are not NaN; NaN when there are none. */
    static double geometricMean(Collection<Double> ratios) {
        double logSum = 0;
        int n = 0;
        for (double r : ratios) {
            if (!Double.isNaN(r)) {
                logSum += Math.log(r);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }
}
