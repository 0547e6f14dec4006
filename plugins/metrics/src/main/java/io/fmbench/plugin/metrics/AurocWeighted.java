package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/** One-vs-rest AUROC averaged with class prevalence as weights (sklearn average="weighted"); binary = "AUROC". */
public final class AurocWeighted extends ProbabilityMetric {
    public AurocWeighted() {
        super("AUROC-Weighted", Direction.HIGHER_IS_BETTER, 0, 1);
    }

    @Override
    public MetricResult compute(MetricInput input) {
        return OneVsRest.compute(input, Ranking::auroc, true);
    }
}
