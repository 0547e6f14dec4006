package io.fmbench.spi;

import java.util.Set;

/**
 * Extension point: one scalar metric. Names follow the reference's eval.yaml keys where it has them
 * ("AUROC", "Accuracy", "F1-Score", "MSE", "R2").
 */
public interface Metric {

    String name();

    Task task();

    Direction direction();

    /** Smallest possible value (may be negative infinity). */
    double lowerBound();

    /** Largest possible value (may be positive infinity). */
    double upperBound();

    /** Outputs the metric needs from the model; it is skipped (undefined, with the reason) when they are missing. */
    Set<Output> requires();

    /** Computes the metric; must honour {@link MetricInput#weights()} so that bootstrap resamples are cheap. */
    MetricResult compute(MetricInput input);
}
