package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/**
 * Brier score. Two classes: mean (p1 - y)^2 (sklearn brier_score_loss, range 0..1). More classes: mean over samples of
 * the squared distance between the probability row and the one-hot truth (range 0..2).
 */
public final class Brier extends ProbabilityMetric {
    public Brier() {
        super("Brier", Direction.LOWER_IS_BETTER, 0, 2);
    }

    @Override
    public MetricResult compute(MetricInput input) {
        String problem = Inputs.probabilityProblem(input);
        if (problem != null) return MetricResult.undefined(problem);
        int[] y = input.classes();
        int k = input.classCount();
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double[] p = input.probabilities()[i];
            double se;
            if (k == 2) {
                double d = p[1] - (y[i] == 1 ? 1 : 0);
                se = d * d;
            } else {
                se = 0;
                for (int c = 0; c < k; c++) {
                    double d = p[c] - (y[i] == c ? 1 : 0);
                    se += d * d;
                }
            }
            sum += input.weight(i) * se;
        }
        return MetricResult.of(sum / Inputs.totalWeight(input));
    }
}
