package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricResult;

/**
 * Coefficient of determination 1 - SS_res / SS_tot per output, averaged uniformly (reference key "R2"). Undefined when
 * an output's targets are constant (sklearn would print 0.0 or 1.0 there).
 */
public final class R2 extends RegressionMetric {
    public R2() {
        super("R2", Direction.HIGHER_IS_BETTER, Double.NEGATIVE_INFINITY, 1);
    }

    @Override
    MetricResult perOutput(double[] truth, double[] estimate, double[] weights) {
        double mean = weightedMean(truth, weights), res = 0, tot = 0;
        for (int i = 0; i < truth.length; i++) {
            res += weights[i] * (truth[i] - estimate[i]) * (truth[i] - estimate[i]);
            tot += weights[i] * (truth[i] - mean) * (truth[i] - mean);
        }
        if (tot <= 0) return MetricResult.undefined("targets are constant");
        return MetricResult.of(1 - res / tot);
    }
}
