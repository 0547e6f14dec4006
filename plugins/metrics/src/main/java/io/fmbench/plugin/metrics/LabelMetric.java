package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Output;
import io.fmbench.spi.Task;
import java.util.Set;

/** A classification metric computed from the weighted confusion matrix of predicted labels. */
abstract class LabelMetric extends BaseMetric {

    LabelMetric(String name, double lowerBound, double upperBound) {
        super(name, Task.CLASSIFICATION, Direction.HIGHER_IS_BETTER, lowerBound, upperBound, Set.of(Output.LABELS));
    }

    @Override
    public final MetricResult compute(MetricInput input) {
        String problem = Inputs.labelProblem(input);
        if (problem != null) return MetricResult.undefined(problem);
        return fromConfusion(Confusion.of(input), input.classCount());
    }

    abstract MetricResult fromConfusion(Confusion c, int classCount);
}
