package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.Output;
import io.fmbench.spi.Task;
import java.util.Set;

/** A classification metric that reads the n x k class probabilities. */
abstract class ProbabilityMetric extends BaseMetric {
    ProbabilityMetric(String name, Direction direction, double lowerBound, double upperBound) {
        super(name, Task.CLASSIFICATION, direction, lowerBound, upperBound, Set.of(Output.PROBABILITIES));
    }
}
