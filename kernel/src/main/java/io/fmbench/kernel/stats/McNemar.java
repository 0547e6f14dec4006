package io.fmbench.kernel.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * McNemar's test of two classifiers' accuracies on the same samples, from the discordant pairs: b = only the first
 * is right, c = only the second. Exact binomial test when b + c < 25, else chi-square with continuity correction.
 */
public final class McNemar {

    public static final int EXACT_BELOW = 25;

    /** @param statistic the chi-square statistic, or NaN for the exact test */
    public record Result(int b, int c, boolean exact, double statistic, double p) {}

    private McNemar() {}

    public static Result test(int[] truth, int[] predicted1, int[] predicted2) {
        if (predicted1.length != truth.length || predicted2.length != truth.length)
            throw new IllegalArgumentException("both models need one prediction per sample");
        int b = 0, c = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean r1 = predicted1[i] == truth[i], r2 = predicted2[i] == truth[i];
            if (r1 && !r2) b++;
            if (r2 && !r1) c++;
        }
        return fromCounts(b, c);
    }

    public static Result fromCounts(int b, int c) {
        int n = b + c;
        if (n == 0) return new Result(0, 0, true, Double.NaN, 1);
        if (n < EXACT_BELOW) {
            double p = 2 * new BinomialDistribution(null, n, 0.5).cumulativeProbability(Math.min(b, c));
            return new Result(b, c, true, Double.NaN, Math.min(1, p));
        }
        double d = Math.abs(b - c) - 1.0;
        double stat = Math.max(0, d) * Math.max(0, d) / n;
        return new Result(b, c, false, stat, 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(stat));
    }
}
