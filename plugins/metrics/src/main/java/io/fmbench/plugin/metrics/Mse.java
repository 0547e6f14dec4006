package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricResult;

/** Mean squared error (reference key "MSE"). */
public final class Mse extends RegressionMetric {
    public Mse() {
        super("MSE", Direction.LOWER_IS_BETTER, 0, Double.POSITIVE_INFINITY);
    }

    @Override
    MetricResult perOutput(double[] truth, double[] estimate, double[] weights) {
        double[] se = new double[truth.length];
        for (int i = 0; i < se.length; i++) se[i] = (truth[i] - estimate[i]) * (truth[i] - estimate[i]);
        return MetricResult.of(weightedMean(se, weights));
    }
}
