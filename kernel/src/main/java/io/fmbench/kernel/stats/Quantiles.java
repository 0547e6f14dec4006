package io.fmbench.kernel.stats;

/** Quantiles by linear interpolation between order statistics (Hyndman-Fan type 7, NumPy's default). */
public final class Quantiles {

    private Quantiles() {}

    /** The q-quantile (0 <= q <= 1) of values already sorted ascending (non-empty). */
    public static double ofSorted(double[] sorted, double q) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
