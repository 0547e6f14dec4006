package io.fmbench.plugin.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Integer weights must mean "this sample repeated w times" (bootstrap multiplicities): every metric on the weighted
 * input equals the metric on the explicitly repeated input.
 */
class WeightsAsMultiplicityTest {

    @Test
    void everyMetricTreatsWeightsAsRepeats() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int k : new int[] {2, 3, 5}) {
            int n = 40;
            int[] y = new int[n];
            double[][] p = new double[n][k];
            double[][] t = new double[n][2], e = new double[n][2];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = i < k ? i : rng.nextInt(k); // every class present
                double sum = 0;
                for (int c = 0; c < k; c++) sum += p[i][c] = Math.round(rng.nextDouble() * 10) + (c == y[i] ? 4 : 0) + 1;
                for (int c = 0; c < k; c++) p[i][c] /= sum;
                for (int j = 0; j < 2; j++) {
                    t[i][j] = Math.round(rng.nextGaussian() * 4) / 2.0; // ties on purpose
                    e[i][j] = t[i][j] + Math.round(rng.nextGaussian() * 2) / 2.0;
                }
                w[i] = i < k ? 1 : rng.nextInt(4);
            }
            MetricInput cls = MetricInput.classification(y, k, p, null), reg = MetricInput.regression(t, e);
            for (Metric m : Registry.byName().values()) {
                MetricInput in = m.task() == io.fmbench.spi.Task.REGRESSION ? reg : cls;
                MetricResult weighted = m.compute(in.withWeights(w)), repeated = m.compute(repeat(in, w));
                assertEquals(repeated.defined(), weighted.defined(), m.name());
                if (weighted.defined()) assertEquals(repeated.value(), weighted.value(), 1e-10, m.name() + " k=" + k);
            }
        }
    }

    private static MetricInput repeat(MetricInput in, double[] w) {
        int total = 0;
        for (double v : w) total += (int) v;
        int[] idx = new int[total];
        int o = 0;
        for (int i = 0; i < w.length; i++) for (int r = 0; r < (int) w[i]; r++) idx[o++] = i;
        if (in.classes() != null) {
            int[] y = new int[total];
            double[][] p = new double[total][];
            for (int i = 0; i < total; i++) {
                y[i] = in.classes()[idx[i]];
                p[i] = in.probabilities()[idx[i]];
            }
            return MetricInput.classification(y, in.classCount(), p, null);
        }
        double[][] t = new double[total][], e = new double[total][];
        for (int i = 0; i < total; i++) {
            t[i] = in.targets()[idx[i]];
            e[i] = in.estimates()[idx[i]];
        }
        return MetricInput.regression(t, e);
    }
}
