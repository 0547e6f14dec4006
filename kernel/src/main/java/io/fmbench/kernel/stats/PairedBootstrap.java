package io.fmbench.kernel.stats;

import java.util.Arrays;

/**
 * Paired bootstrap of a metric difference between two models on the same samples: both are scored under the same
 * resample weights, so the interval reflects the correlation between them.
 */
public final class PairedBootstrap {

    /**
     * @param interval CI of statistic1 - statistic2
     * @param p        two-sided p-value: 2 min(P(d <= 0), P(d >= 0)) over the defined resamples, at most 1
     */
    public record Result(ConfidenceInterval interval, double p) {}

    private PairedBootstrap() {}

    public static Result test(WeightedStatistic first, WeightedStatistic second, int n, BootstrapOptions options) {
        WeightedStatistic diff = w -> first.apply(w) - second.apply(w);
        ConfidenceInterval ci = Bootstrap.ci(diff, n, options);
        double[] reps = Arrays.stream(Bootstrap.replicates(diff, n, options)).filter(v -> !Double.isNaN(v)).toArray();
        if (reps.length == 0) return new Result(ci, Double.NaN);
        double le = 0, ge = 0;
        for (double d : reps) {
            if (d <= 0) le++;
            if (d >= 0) ge++;
        }
        return new Result(ci, Math.min(1, 2 * Math.min(le, ge) / reps.length));
    }
}
