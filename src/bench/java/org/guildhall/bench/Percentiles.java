package org.guildhall.bench;

import java.util.Collection;
import java.util.Locale;

/** Nearest-rank percentiles of a set of millisecond samples. */
record Percentiles(int n, double p50, double p95, double p99, double max, double mean) {

    static Percentiles of(Collection<Double> samples) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1], sum / sorted.length);
    }

    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    @Override
    public String toString() {
        return n == 0 ? "n=0" : String.format(Locale.ROOT, "n=%d p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms",
                n, p50, p95, p99, max);
    }
}
