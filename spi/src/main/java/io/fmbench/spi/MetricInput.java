package io.fmbench.spi;

/**
 * Everything a metric may read, for n samples. Unused parts are null.
 *
 * @param classes       true class per sample (classification)
 * @param classCount    number of classes k
 * @param probabilities n x k probabilities, or null when the model gives none
 * @param predicted     predicted class per sample
 * @param targets       n x d true values (regression)
 * @param estimates     n x d predicted values (regression)
 * @param weights       per-sample weight (bootstrap multiplicities), or null for all ones
 */
public record MetricInput(int[] classes, int classCount, double[][] probabilities, int[] predicted,
                          double[][] targets, double[][] estimates, double[] weights) {

    public static MetricInput classification(int[] classes, int classCount, double[][] probabilities, int[] predicted) {
        return new MetricInput(classes, classCount, probabilities, predicted, null, null, null);
    }

    public static MetricInput regression(double[][] targets, double[][] estimates) {
        return new MetricInput(null, 0, null, null, targets, estimates, null);
    }

    public int size() {
        return classes != null ? classes.length : targets.length;
    }

    public MetricInput withWeights(double[] w) {
        return new MetricInput(classes, classCount, probabilities, predicted, targets, estimates, w);
    }

    /** Weight of sample i (1 when unweighted). */
    public double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }
}
