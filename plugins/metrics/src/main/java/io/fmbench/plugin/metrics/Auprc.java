package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/**
 * Area under the precision-recall curve as average precision (step-wise, no interpolation; sklearn
 * average_precision_score): binary on column 1, else the macro mean over classes one-vs-rest.
 */
public final class Auprc extends ProbabilityMetric {
    public Auprc() {
        super("AUPRC", Direction.HIGHER_IS_BETTER, 0, 1);
    }

    @Override
    public MetricResult compute(MetricInput input) {
        return OneVsRest.compute(input, Ranking::averagePrecision, false);
    }
}
