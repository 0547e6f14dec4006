package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;

/**
 * A ranking metric on probabilities: binary on column 1 when there are two classes, else one-vs-rest per class,
 * averaged by macro mean or by class prevalence. Every class must be present (as sklearn requires), else undefined.
 */
final class OneVsRest {

    /** One column against one class. */
    interface PerClass {
        double score(double[] scores, int[] classes, int positive, double[] weights);
    }

    private OneVsRest() {}

    static MetricResult compute(MetricInput in, PerClass metric, boolean prevalenceWeighted) {
        String problem = Inputs.probabilityProblem(in);
        if (problem != null) return MetricResult.undefined(problem);
        int k = in.classCount();
        if (k < 2) return MetricResult.undefined("only one class is defined");
        double[] support = Ranking.classWeights(in);
        if (k == 2) {
            if (support[0] <= 0 || support[1] <= 0) return MetricResult.undefined("only one class present");
            return MetricResult.of(metric.score(Ranking.scores(in, 1), in.classes(), 1, in.weights()));
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            if (support[c] <= 0) return MetricResult.undefined("class " + c + " absent: one-vs-rest needs every class");
            total += support[c];
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double v = metric.score(Ranking.scores(in, c), in.classes(), c, in.weights());
            sum += prevalenceWeighted ? v * support[c] / total : v / k;
        }
        return MetricResult.of(sum);
    }
}
