package io.fmbench.kernel.stats;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/**
 * A metric on a fixed input as a {@link WeightedStatistic}. "AUROC" (binary on column 1, or one-vs-rest macro) takes
 * the sort-once path, but only after checking that it gives the plugin's own value on the unweighted input, so a
 * differently defined third-party "AUROC" silently keeps the generic path.
 */
public final class MetricStatistics {

    private MetricStatistics() {}

    public static WeightedStatistic of(Metric metric, MetricInput input) {
        WeightedStatistic generic = w -> value(metric.compute(input.withWeights(w)));
        if (!"AUROC".equals(metric.name())) return generic;
        WeightedStatistic fast = fastAuroc(input);
        if (fast == null) return generic;
        double expected = value(metric.compute(input.withWeights(null))), got = fast.apply(null);
        boolean same = Double.isNaN(expected) ? Double.isNaN(got) : Math.abs(expected - got) <= 1e-12;
        return same ? fast : generic;
    }

    static double value(MetricResult r) {
        return r.defined() ? r.value() : Double.NaN;
    }

    /** Sort-once AUROC: column 1 for two classes, else the macro mean of one-vs-rest; null when inputs do not fit. */
    public static WeightedStatistic fastAuroc(MetricInput in) {
        double[][] p = in.probabilities();
        int[] y = in.classes();
        int k = in.classCount();
        if (p == null || y == null || k < 2 || p.length != y.length) return null;
        for (double[] row : p) {
            if (row.length != k) return null;
            for (double v : row) if (Double.isNaN(v)) return null;
        }
        int first = k == 2 ? 1 : 0;
        SortedAuroc[] perClass = new SortedAuroc[k - first];
        for (int c = first; c < k; c++) {
            double[] s = new double[y.length];
            boolean[] pos = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                s[i] = p[i][c];
                pos[i] = y[i] == c;
            }
            perClass[c - first] = new SortedAuroc(s, pos);
        }
        return w -> {
            double sum = 0;
            for (SortedAuroc a : perClass) sum += a.auroc(w); // NaN propagates: a class with no weight
            return sum / perClass.length;
        };
    }
}
