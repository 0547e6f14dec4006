package io.fmbench.kernel.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Bias-corrected and accelerated percentile bounds (Efron 1987; Efron and Tibshirani 1993, ch. 14): the bootstrap
 * replicates give the bias correction z0, the jackknife values the acceleration a.
 */
public final class Bca {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Bca() {}

    /**
     * {lower, upper}, or null when BCa is degenerate (every replicate on one side of the estimate).
     *
     * @param sortedReplicates defined bootstrap replicates, ascending
     * @param jackknife        leave-one-out values (NaN entries ignored)
     */
    public static double[] interval(double estimate, double[] sortedReplicates, double[] jackknife, double level) {
        int b = sortedReplicates.length;
        double below = 0;
        for (double v : sortedReplicates) below += v < estimate ? 1 : v == estimate ? 0.5 : 0;
        if (b == 0 || below <= 0 || below >= b) return null;
        double z0 = NORMAL.inverseCumulativeProbability(below / b);
        double mean = 0;
        int m = 0;
        for (double v : jackknife) if (!Double.isNaN(v)) { mean += v; m++; }
        if (m == 0) return null;
        mean /= m;
        double num = 0, den = 0;
        for (double v : jackknife) {
            if (Double.isNaN(v)) continue;
            double d = mean - v;
            num += d * d * d;
            den += d * d;
        }
        double a = den > 0 ? num / (6 * Math.pow(den, 1.5)) : 0;
        double zLo = NORMAL.inverseCumulativeProbability((1 - level) / 2), zHi = -zLo;
        double qLo = NORMAL.cumulativeProbability(z0 + (z0 + zLo) / (1 - a * (z0 + zLo)));
        double qHi = NORMAL.cumulativeProbability(z0 + (z0 + zHi) / (1 - a * (z0 + zHi)));
        return new double[] {Quantiles.ofSorted(sortedReplicates, qLo), Quantiles.ofSorted(sortedReplicates, qHi)};
    }
}
