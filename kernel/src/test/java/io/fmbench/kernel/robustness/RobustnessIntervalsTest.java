package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.stats.Bootstrap;
import io.fmbench.kernel.stats.BootstrapOptions;
import io.fmbench.kernel.stats.ConfidenceInterval;
import io.fmbench.kernel.stats.WeightedStatistic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustnessIntervalsTest {

    static final double[] GRID = {0, 0.05, 0.1, 0.2, 0.3, 0.5};

    /** Per-sample cosines that fall with the level, with noise: cos[g][i]. */
    static double[][] cosines(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] c = new double[GRID.length][n];
        for (int i = 0; i < n; i++) {
            double slope = 0.5 + rng.nextDouble();
            for (int g = 0; g < GRID.length; g++) c[g][i] = Math.max(-1, Math.min(1, 1 - slope * GRID[g] + 0.05 * rng.nextGaussian()));
        }
        return c;
    }

    static Map<String, Object> metrics(String... names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, 0.5);
        return m;
    }

    @SuppressWarnings("unchecked")
    static double[] bounds(Map<String, Object> intervals, String name) {
        Map<String, Object> iv = (Map<String, Object>) intervals.get(name);
        return new double[] {(Double) iv.get("lower"), (Double) iv.get("upper")};
    }

    @Test
    void anRaucIntervalIsTheBootstrapOfTheCurveRecomputedFromWeightedMeans() {
        // the direct way: under each resample's weights, the weighted mean cosine at every grid point, then the rAUC
        int n = 300;
        double[][] c = cosines(n, 7);
        BootstrapOptions options = BootstrapOptions.defaults(11);
        WeightedStatistic direct = w -> {
            double[] m = new double[GRID.length];
            for (int g = 0; g < GRID.length; g++) {
                double s = 0, t = 0;
                for (int i = 0; i < n; i++) {
                    s += w[i] * c[g][i];
                    t += w[i];
                }
                m[g] = s / t;
            }
            return Similarity.rAuc(GRID, m);
        };
        ConfidenceInterval expected = Bootstrap.percentile(Double.NaN, Bootstrap.replicates(direct, n, options), options);

        var probe = new RobustnessIntervals.ProbeSamples("dropout", true, GRID, c, null, null);
        Map<String, Object> got = RobustnessIntervals.of(List.of(probe), metrics("dropout_rAUC", "robustness_score"), n, options);

        assertArrayEquals(new double[] {Aggregates.round4(expected.lower()), Aggregates.round4(expected.upper())}, bounds(got, "dropout_rAUC"), 1e-12);
        // one curve probe: the robustness score is its rAUC, so the same interval
        assertArrayEquals(bounds(got, "dropout_rAUC"), bounds(got, "robustness_score"), 1e-12);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) got.get("dropout_rAUC");
        assertEquals("percentile", entry.get("method"));
        assertEquals(1000, entry.get("resamples"));
        assertEquals(11L, entry.get("seed"));
        assertEquals(0.95, entry.get("level"));
    }

    @Test
    void theIntervalOfAMeanOfIndependentSamplesHasTheTextbookWidth() {
        // shift_sensitivity is a mean over samples of each sample's mean cosine: for n iid values its 95% interval is
        // close to mean +- 1.96 sd / sqrt(n)
        int n = 2000;
        SplittableRandom rng = new SplittableRandom(3);
        double[][] c = new double[1][n];
        double sum = 0, sq = 0;
        for (int i = 0; i < n; i++) {
            c[0][i] = 0.6 + 0.2 * rng.nextGaussian();
            sum += c[0][i];
        }
        double mean = sum / n;
        for (double v : c[0]) sq += (v - mean) * (v - mean);
        double se = Math.sqrt(sq / n) / Math.sqrt(n);
        var probe = new RobustnessIntervals.ProbeSamples("shift", false, new double[] {10}, c, null, null);
        double[] b = bounds(RobustnessIntervals.of(List.of(probe), metrics("shift_sensitivity"), n, BootstrapOptions.defaults(5)), "shift_sensitivity");
        assertEquals(mean - 1.96 * se, b[0], 0.15 * 1.96 * se);
        assertEquals(mean + 1.96 * se, b[1], 0.15 * 1.96 * se);
    }

    @Test
    void retentionIntervalsFollowTheRatioOfTaskScoresAndTheirMeanIsTheRetentionScore() {
        // task score under weights: the weighted share of "correct" samples; clean all correct, perturbed 80 % and 60 %
        int n = 500;
        boolean[] at1 = new boolean[n], at2 = new boolean[n];
        for (int i = 0; i < n; i++) {
            at1[i] = i % 5 != 0;
            at2[i] = i % 5 < 3;
        }
        WeightedStatistic clean = w -> 1.0;
        WeightedStatistic s1 = share(at1), s2 = share(at2);
        double[] x = {0, 1, 2};
        double[][] c = {ones(n), ones(n), ones(n)};
        var a = new RobustnessIntervals.ProbeSamples("noise", true, x, c, new WeightedStatistic[] {clean, s1, s2}, clean);
        var b = new RobustnessIntervals.ProbeSamples("dropout", true, x, c, new WeightedStatistic[] {clean, s1, s1}, clean);
        BootstrapOptions options = BootstrapOptions.defaults(9);
        Map<String, Object> got = RobustnessIntervals.of(List.of(a, b),
                metrics("noise_rAUC", "dropout_rAUC", "robustness_score", "noise_retention_rAUC", "dropout_retention_rAUC", "retention_score"), n, options);

        // by hand: rAUC over x = 0, 1, 2 of (1, p1, p2) is (1 + 2 p1 + p2) / 4
        WeightedStatistic noise = w -> (1 + 2 * s1.apply(w) + s2.apply(w)) / 4, dropout = w -> (1 + 3 * s1.apply(w)) / 4;
        double[][] reps = Bootstrap.replicates(List.of(noise, dropout, w -> (noise.apply(w) + dropout.apply(w)) / 2), n, options);
        assertArrayEquals(rounded(Bootstrap.percentile(Double.NaN, reps[0], options)), bounds(got, "noise_retention_rAUC"), 1e-12);
        assertArrayEquals(rounded(Bootstrap.percentile(Double.NaN, reps[1], options)), bounds(got, "dropout_retention_rAUC"), 1e-12);
        assertArrayEquals(rounded(Bootstrap.percentile(Double.NaN, reps[2], options)), bounds(got, "retention_score"), 1e-12);
        // outputs that never change: the similarity intervals collapse onto 1
        assertArrayEquals(new double[] {1, 1}, bounds(got, "noise_rAUC"), 1e-12);
        assertEquals(List.copyOf(metrics("noise_rAUC", "dropout_rAUC", "robustness_score", "noise_retention_rAUC", "dropout_retention_rAUC",
                "retention_score").keySet()), List.copyOf(got.keySet()), "the metrics block's order");
    }

    @Test
    void metricsTheBlockLacksGetNoInterval() {
        double[][] c = cosines(50, 1);
        var probe = new RobustnessIntervals.ProbeSamples("dropout", true, GRID, c, null, null);
        assertEquals(List.of("dropout_rAUC"), List.copyOf(RobustnessIntervals.of(List.of(probe), metrics("dropout_rAUC"), 50,
                BootstrapOptions.defaults(1)).keySet()));
        assertTrue(RobustnessIntervals.of(List.of(probe), metrics("dropout_rAUC"), 1, BootstrapOptions.defaults(1)).isEmpty(), "one sample: no interval");
    }

    static WeightedStatistic share(boolean[] correct) {
        return w -> {
            double ok = 0, t = 0;
            for (int i = 0; i < correct.length; i++) {
                if (correct[i]) ok += w[i];
                t += w[i];
            }
            return ok / t;
        };
    }

    static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }

    static double[] rounded(ConfidenceInterval ci) {
        return new double[] {Aggregates.round4(ci.lower()), Aggregates.round4(ci.upper())};
    }
}
