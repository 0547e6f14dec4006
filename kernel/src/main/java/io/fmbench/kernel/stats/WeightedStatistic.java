package io.fmbench.kernel.stats;

/**
 * A statistic of n samples under per-sample weights (bootstrap multiplicities, or 0 to leave a sample out).
 * Returns NaN when undefined for those weights. Must be safe to call from several threads; it must not keep the array.
 */
@FunctionalInterface
public interface WeightedStatistic {
    double apply(double[] weights);
}
