package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/**
 * Mean negative log-probability of the true class (cross-entropy). Probabilities are clipped to [eps, 1 - eps] with
 * eps the float64 machine epsilon, as sklearn's log_loss does, so a confident mistake costs about 36, not infinity.
 */
public final class LogLoss extends ProbabilityMetric {
    static final double EPS = Math.ulp(1.0);

    public LogLoss() {
        super("Log-Loss", Direction.LOWER_IS_BETTER, 0, Double.POSITIVE_INFINITY);
    }

    @Override
    public MetricResult compute(MetricInput input) {
        String problem = Inputs.probabilityProblem(input);
        if (problem != null) return MetricResult.undefined(problem);
        int[] y = input.classes();
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double p = Math.min(1 - EPS, Math.max(EPS, input.probabilities()[i][y[i]]));
            sum -= input.weight(i) * Math.log(p);
        }
        return MetricResult.of(sum / Inputs.totalWeight(input));
    }
}
