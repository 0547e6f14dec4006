package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricResult;

/** Pearson correlation between targets and estimates, per output, averaged over outputs. */
public final class Pearson extends RegressionMetric {
    public Pearson() {
        super("Pearson", Direction.HIGHER_IS_BETTER, -1, 1);
    }

    @Override
    MetricResult perOutput(double[] truth, double[] estimate, double[] weights) {
        return pearson(truth, estimate, weights);
    }
}
