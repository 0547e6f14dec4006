package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricResult;

/** Mean absolute error. */
public final class Mae extends RegressionMetric {
    public Mae() {
        super("MAE", Direction.LOWER_IS_BETTER, 0, Double.POSITIVE_INFINITY);
    }

    @Override
    MetricResult perOutput(double[] truth, double[] estimate, double[] weights) {
        double[] ae = new double[truth.length];
        for (int i = 0; i < ae.length; i++) ae[i] = Math.abs(truth[i] - estimate[i]);
        return MetricResult.of(weightedMean(ae, weights));
    }
}
