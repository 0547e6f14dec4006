package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricResult;

/**
 * Spearman rank correlation (Pearson of mid-ranks), per output, averaged. Ranks are weighted: a tie group starting
 * after cumulative weight c with weight g has rank c + (g + 1) / 2, which is the mid-rank of the sample in which
 * every row is repeated weight times (so bootstrap multiplicities give the resample's exact Spearman).
 */
public final class Spearman extends RegressionMetric {
    public Spearman() {
        super("Spearman", Direction.HIGHER_IS_BETTER, -1, 1);
    }

    @Override
    MetricResult perOutput(double[] truth, double[] estimate, double[] weights) {
        return pearson(ranks(truth, weights), ranks(estimate, weights), weights);
    }

    static double[] ranks(double[] x, double[] w) {
        int[] order = IndexSort.ascending(x);
        double[] r = new double[x.length];
        double before = 0;
        for (int start = 0; start < order.length; ) {
            int end = start;
            double group = 0;
            while (end < order.length && x[order[end]] == x[order[start]]) group += w[order[end++]];
            for (int i = start; i < end; i++) r[order[i]] = before + (group + 1) / 2;
            before += group;
            start = end;
        }
        return r;
    }
}
