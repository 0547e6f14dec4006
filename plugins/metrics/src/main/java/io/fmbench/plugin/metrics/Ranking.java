package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricInput;
import io.fmbench.spi.rank.MannWhitneyAuroc;

/**
 * Ranking metrics of one score column against one class (that class = positive, all others = negative), with
 * sample weights: tied scores are one threshold, as in sklearn's roc_auc_score and average_precision_score.
 */
final class Ranking {

    private Ranking() {}

    /** Column {@code column} of the probabilities, as scores. */
    static double[] scores(MetricInput in, int column) {
        double[][] p = in.probabilities();
        double[] s = new double[p.length];
        for (int i = 0; i < s.length; i++) s[i] = p[i][column];
        return s;
    }

    /**
     * Weighted Mann-Whitney AUROC: P(score of a positive > score of a negative) + 1/2 P(tie), i.e. the trapezoidal
     * area under the weighted ROC curve. NaN when positives or negatives have no weight.
     */
    static double auroc(double[] score, int[] classes, int positive, double[] weights) {
        if (weights == null) { // the common case: radix-sorted keys per class, no index permutation (fast at 10^7)
            boolean[] isPositive = new boolean[classes.length];
            for (int i = 0; i < classes.length; i++) isPositive[i] = classes[i] == positive;
            return MannWhitneyAuroc.of(score, isPositive);
        }
        int[] order = IndexSort.ascending(score);
        double negBelow = 0, area = 0, posTotal = 0;
        int n = order.length;
        for (int start = 0; start < n; ) {
            int end = start;
            double pos = 0, neg = 0;
            while (end < n && score[order[end]] == score[order[start]]) {
                int i = order[end++];
                double w = weights == null ? 1 : weights[i];
                if (classes[i] == positive) pos += w;
                else neg += w;
            }
            area += pos * (negBelow + 0.5 * neg);
            negBelow += neg;
            posTotal += pos;
            start = end;
        }
        if (posTotal <= 0 || negBelow <= 0) return Double.NaN;
        return area / (posTotal * negBelow);
    }

    /**
     * Weighted average precision, sum over thresholds (descending) of (R_t - R_{t-1}) * P_t, as sklearn's
     * average_precision_score. NaN when positives have no weight.
     */
    static double averagePrecision(double[] score, int[] classes, int positive, double[] weights) {
        int[] order = IndexSort.ascending(score);
        double posTotal = 0;
        for (int i = 0; i < score.length; i++) if (classes[i] == positive) posTotal += weights == null ? 1 : weights[i];
        if (posTotal <= 0) return Double.NaN;
        double tp = 0, fp = 0, ap = 0, prevRecall = 0;
        for (int end = order.length - 1; end >= 0; ) {
            int start = end;
            while (start >= 0 && score[order[start]] == score[order[end]]) {
                int i = order[start--];
                double w = weights == null ? 1 : weights[i];
                if (classes[i] == positive) tp += w;
                else fp += w;
            }
            end = start;
            if (tp + fp <= 0) continue;
            double recall = tp / posTotal;
            ap += (recall - prevRecall) * (tp / (tp + fp));
            prevRecall = recall;
        }
        return ap;
    }

    /** Weight of each class among the true labels. */
    static double[] classWeights(MetricInput in) {
        double[] out = new double[in.classCount()];
        int[] y = in.classes();
        for (int i = 0; i < y.length; i++) out[y[i]] += in.weight(i);
        return out;
    }
}
