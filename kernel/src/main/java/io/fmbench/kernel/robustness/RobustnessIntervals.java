package io.fmbench.kernel.robustness;

import io.fmbench.kernel.stats.Bootstrap;
import io.fmbench.kernel.stats.BootstrapOptions;
import io.fmbench.kernel.stats.ConfidenceInterval;
import io.fmbench.kernel.stats.MetricIntervals;
import io.fmbench.kernel.stats.WeightedStatistic;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bootstrap intervals of the aggregate robustness metrics, resampling samples (the unit the data were drawn in): each
 * resample weights every sample by its multiplicity, and every metric is recomputed from the per-sample cosines and
 * task scores already at hand, so no model runs again. Percentile intervals, with each resample's weights drawn once
 * for all metrics; written as the eval record's {@code confidence_intervals} block, the form {@code fmbench run} uses.
 *
 * <p>The similarity metrics are linear in the per-sample cosines (a mean over samples, then a trapezoid or a mean
 * over the grid), so each is the weighted mean of one number per sample, worked out once: a resample costs O(n) per
 * metric, not O(n x grid). Retention is a ratio of task metrics: each distinct task score is resampled once
 * (the clean one serves every probe) and the ratios are formed per resample.
 */
final class RobustnessIntervals {

    /**
     * What one probe's intervals need.
     *
     * @param name    the probe's name (metric keys derive from it)
     * @param curve   whether the probe has a clean level (a curve with an rAUC) rather than repeated draws
     * @param x       its grid
     * @param cosines per grid point, the per-sample cosine between clean and perturbed outputs
     * @param scores  per grid point, the task metric on the perturbed outputs under weights; null without labels
     * @param clean   the task metric on the clean outputs under weights; null without labels
     */
    record ProbeSamples(String name, boolean curve, double[] x, double[][] cosines, WeightedStatistic[] scores, WeightedStatistic clean) {}

    private RobustnessIntervals() {}

    /** Intervals of the metrics under {@code metrics} that these probes define; a metric with no defined resample gets none. */
    static Map<String, Object> of(List<ProbeSamples> probes, Map<String, Object> metrics, int n, BootstrapOptions options) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (n < 2) return out;
        List<String> names = new ArrayList<>();
        List<WeightedStatistic> statistics = new ArrayList<>();
        List<double[]> raucs = new ArrayList<>();
        List<ProbeSamples> retention = new ArrayList<>();
        for (ProbeSamples p : probes) {
            if (p.cosines().length == 0) continue;
            if (p.curve()) {
                double[] perSample = perSampleRauc(p);
                if (Aggregates.entersScore(p.name())) raucs.add(perSample);
                add(names, statistics, metrics, p.name() + "_rAUC", w -> RobustnessIntervals.weightedMean(perSample, w));
            }
            String simMean = Aggregates.simMeanKey(p.name());
            if (simMean != null) {
                double[] perSample = perSampleMean(p.cosines());
                add(names, statistics, metrics, simMean, w -> RobustnessIntervals.weightedMean(perSample, w));
            }
            if (p.curve() && p.scores() != null && metrics.containsKey(p.name() + "_retention_rAUC")) retention.add(p);
        }
        if (!raucs.isEmpty()) {
            double[] perSample = new double[n];
            for (double[] r : raucs) for (int i = 0; i < n; i++) perSample[i] += r[i] / raucs.size();
            add(names, statistics, metrics, "robustness_score", w -> RobustnessIntervals.weightedMean(perSample, w));
        }
        // each task score once per resample, however many probes share it (the clean one, points that kept its outputs)
        int named = statistics.size();
        Map<WeightedStatistic, Integer> scoreIndex = new IdentityHashMap<>();
        java.util.function.Function<WeightedStatistic, Integer> register = s -> {
            statistics.add(s);
            return statistics.size() - 1;
        };
        for (ProbeSamples p : retention) {
            scoreIndex.computeIfAbsent(p.clean(), register);
            for (WeightedStatistic s : p.scores()) scoreIndex.computeIfAbsent(s, register);
        }
        if (statistics.isEmpty()) return out;
        double[][] replicates = Bootstrap.replicates(statistics, n, options);
        List<double[]> all = new ArrayList<>(List.of(replicates).subList(0, named));
        List<double[]> retentionReplicates = new ArrayList<>();
        for (ProbeSamples p : retention) {
            double[] r = retentionRauc(p, replicates, scoreIndex);
            names.add(p.name() + "_retention_rAUC");
            all.add(r);
            retentionReplicates.add(r);
        }
        if (!retentionReplicates.isEmpty() && metrics.containsKey("retention_score")) {
            // the mean of the probes' retention rAUCs on the same resample (NaN when any is undefined there)
            double[] score = new double[options.resamples()];
            for (double[] r : retentionReplicates) for (int k = 0; k < score.length; k++) score[k] += r[k] / retentionReplicates.size();
            names.add("retention_score");
            all.add(score);
        }
        for (int s = 0; s < names.size(); s++) {
            double estimate = metrics.get(names.get(s)) instanceof Number v ? v.doubleValue() : Double.NaN;
            ConfidenceInterval ci = Bootstrap.percentile(estimate, all.get(s), options);
            if (ci.defined()) out.put(names.get(s), MetricIntervals.entry(ci, Aggregates::round4));
        }
        // in the order of the metrics block
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String name : metrics.keySet()) if (out.containsKey(name)) ordered.put(name, out.get(name));
        return ordered;
    }

    /**
     * A probe's retention rAUC on every resample: the task metric at each grid point relative to clean data on that
     * resample (as {@link Aggregates#retention}), then the rAUC over the grid.
     */
    private static double[] retentionRauc(ProbeSamples p, double[][] replicates, Map<WeightedStatistic, Integer> scoreIndex) {
        GridArea area = GridArea.over(p.x());
        double[] clean = replicates[scoreIndex.get(p.clean())];
        double[][] scores = new double[p.scores().length][];
        for (int g = 0; g < scores.length; g++) scores[g] = replicates[scoreIndex.get(p.scores()[g])];
        double[] out = new double[clean.length];
        double[] rel = new double[scores.length];
        for (int r = 0; r < out.length; r++) {
            for (int g = 0; g < rel.length; g++) rel[g] = clean[r] <= 0 ? Double.NaN : scores[g][r] / clean[r];
            out[r] = area.of(rel);
        }
        return out;
    }

    /** Adds a statistic when the metrics block has its metric (a retention rAUC undefined on clean data is absent). */
    private static boolean add(List<String> names, List<WeightedStatistic> statistics, Map<String, Object> metrics, String name, WeightedStatistic s) {
        if (!metrics.containsKey(name)) return false;
        names.add(name);
        statistics.add(s);
        return true;
    }

    /** Each sample's own rAUC over the grid: the probe's rAUC is their mean, since the trapezoid is linear in y. */
    private static double[] perSampleRauc(ProbeSamples p) {
        int n = p.cosines()[0].length;
        double[] out = new double[n];
        double[] y = new double[p.x().length];
        GridArea area = GridArea.over(p.x());
        for (int i = 0; i < n; i++) {
            for (int g = 0; g < y.length; g++) y[g] = p.cosines()[g][i];
            out[i] = area.of(y);
        }
        return out;
    }

    /** Each sample's mean cosine over the grid or draws. */
    private static double[] perSampleMean(double[][] cosines) {
        double[] out = new double[cosines[0].length];
        for (double[] c : cosines) for (int i = 0; i < out.length; i++) out[i] += c[i] / cosines.length;
        return out;
    }

    /** Sum of w_i v_i over the sum of w_i: the plain mean when every weight is 1. */
    static double weightedMean(double[] v, double[] w) {
        double s = 0, total = 0;
        for (int i = 0; i < v.length; i++) {
            s += w[i] * v[i];
            total += w[i];
        }
        return s / total;
    }
}
