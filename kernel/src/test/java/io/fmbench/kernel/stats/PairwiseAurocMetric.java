package io.fmbench.kernel.stats;

import io.fmbench.spi.Direction;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Output;
import io.fmbench.spi.Task;
import java.util.Set;

/**
 * Test double of the plugin's "AUROC": binary on column 1 by the O(n^2) weighted pairwise definition, an independent
 * computation to check the sort-once path against.
 */
class PairwiseAurocMetric implements Metric {
    private final String name;

    PairwiseAurocMetric(String name) {
        this.name = name;
    }

    @Override public String name() { return name; }
    @Override public Task task() { return Task.CLASSIFICATION; }
    @Override public Direction direction() { return Direction.HIGHER_IS_BETTER; }
    @Override public double lowerBound() { return 0; }
    @Override public double upperBound() { return 1; }
    @Override public Set<Output> requires() { return Set.of(Output.PROBABILITIES); }

    @Override
    public MetricResult compute(MetricInput in) {
        double num = 0, pos = 0, neg = 0;
        int[] y = in.classes();
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) pos += in.weight(i);
            else neg += in.weight(i);
            if (y[i] != 1) continue;
            for (int j = 0; j < y.length; j++) {
                if (y[j] == 1) continue;
                double si = in.probabilities()[i][1], sj = in.probabilities()[j][1];
                num += in.weight(i) * in.weight(j) * (si > sj ? 1 : si == sj ? 0.5 : 0);
            }
        }
        return pos > 0 && neg > 0 ? MetricResult.of(num / (pos * neg)) : MetricResult.undefined("only one class present");
    }
}
