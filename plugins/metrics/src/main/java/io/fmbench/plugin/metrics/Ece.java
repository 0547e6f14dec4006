package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/**
 * Expected calibration error of the top-label confidence (Guo et al. 2017): 15 equal-width bins ((b-1)/15, b/15],
 * sum over bins of (bin weight / total) * |accuracy - mean confidence|. The predicted class is the arg-max.
 */
public final class Ece extends ProbabilityMetric {
    static final int BINS = 15;

    public Ece() {
        super("ECE", Direction.LOWER_IS_BETTER, 0, 1);
    }

    @Override
    public MetricResult compute(MetricInput input) {
        String problem = Inputs.probabilityProblem(input);
        if (problem != null) return MetricResult.undefined(problem);
        double[] weight = new double[BINS], correct = new double[BINS], confidence = new double[BINS];
        int[] y = input.classes();
        for (int i = 0; i < y.length; i++) {
            double[] p = input.probabilities()[i];
            int top = Inputs.argmax(p);
            int b = Math.min(BINS - 1, Math.max(0, (int) Math.ceil(p[top] * BINS) - 1));
            double w = input.weight(i);
            weight[b] += w;
            confidence[b] += w * p[top];
            if (top == y[i]) correct[b] += w;
        }
        double total = Inputs.totalWeight(input), ece = 0;
        for (int b = 0; b < BINS; b++)
            if (weight[b] > 0) ece += Math.abs(correct[b] - confidence[b]) / total;
        return MetricResult.of(ece);
    }
}
