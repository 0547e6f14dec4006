package io.fmbench.kernel.robustness;

import io.fmbench.spi.Predictions;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's outputs for the whole dataset, gathered batch by batch: the "logit" rows (probabilities, else real
 * values; what the reference calls logits), embeddings when the model gives them, and predicted labels.
 */
record ModelOutputs(double[][] logits, double[][] embeddings, int[] labels) {

    static final class Builder {
        private final List<double[]> logits = new ArrayList<>();
        private final List<double[]> embeddings = new ArrayList<>();
        private final List<Integer> labels = new ArrayList<>();
        private boolean noLogits, noEmbeddings, noLabels;

        void add(Predictions p) {
            double[][] rows = p.probabilities() != null ? p.probabilities() : p.values();
            if (rows == null) noLogits = true;
            else for (double[] r : rows) logits.add(r);
            if (p.embeddings() == null) noEmbeddings = true;
            else for (float[] e : p.embeddings()) {
                double[] d = new double[e.length];
                for (int j = 0; j < e.length; j++) d[j] = e[j];
                embeddings.add(d);
            }
            int[] l = p.labelsOrArgmax();
            if (l == null) noLabels = true;
            else for (int v : l) labels.add(v);
        }

        ModelOutputs build() {
            return new ModelOutputs(noLogits ? null : logits.toArray(double[][]::new),
                    noEmbeddings ? null : embeddings.toArray(double[][]::new),
                    noLabels ? null : labels.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /**
     * Whether every output has the same bits as {@code other}'s: then every statistic of the two is the same, so it
     * is computed once (grid points at the clean level, and models a perturbation does not reach).
     */
    boolean sameValues(ModelOutputs other) {
        return java.util.Arrays.deepEquals(logits, other.logits) && java.util.Arrays.deepEquals(embeddings, other.embeddings)
                && java.util.Arrays.equals(labels, other.labels);
    }

    /** Fraction of labels equal to the truth, or NaN without labels. */
    double accuracy(int[] truth) {
        return accuracy(truth, null);
    }

    /** Accuracy with per-sample weights (null = all ones, as above), for bootstrap resamples. */
    double accuracy(int[] truth, double[] weights) {
        if (labels == null || truth == null) return Double.NaN;
        double ok = 0, total = 0;
        for (int i = 0; i < truth.length; i++) {
            double w = weights == null ? 1 : weights[i];
            if (labels[i] == truth[i]) ok += w;
            total += w;
        }
        return ok / total;
    }
}
