package io.fmbench.kernel.stats;

/**
 * A bootstrap confidence interval.
 *
 * @param estimate           the statistic on the original sample (NaN when undefined)
 * @param lower              lower bound (NaN when no resample was defined)
 * @param upper              upper bound
 * @param level              coverage, e.g. 0.95
 * @param method             "bca" or "percentile" (BCa falls back to percentile when it is too costly or degenerate)
 * @param resamples          number of resamples drawn
 * @param undefinedResamples resamples on which the statistic was undefined (e.g. one class drawn); left out
 * @param seed               the seed the resamples were drawn from
 */
public record ConfidenceInterval(double estimate, double lower, double upper, double level, String method,
                                 int resamples, int undefinedResamples, long seed) {

    public boolean defined() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
