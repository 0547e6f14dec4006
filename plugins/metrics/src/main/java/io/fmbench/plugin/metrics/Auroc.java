package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/**
 * Area under the ROC curve (reference key "AUROC"): binary on probability column 1 for two classes, else the macro
 * mean of one-vs-rest AUROCs. Ties count 1/2. Undefined (not 0.0) with one class present or no probabilities.
 */
public final class Auroc extends ProbabilityMetric {
    public Auroc() {
        super("AUROC", Direction.HIGHER_IS_BETTER, 0, 1);
    }

    @Override
    public MetricResult compute(MetricInput input) {
        return OneVsRest.compute(input, Ranking::auroc, false);
    }
}
