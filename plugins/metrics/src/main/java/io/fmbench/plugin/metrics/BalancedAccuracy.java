package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/** Mean recall over the classes present in y_true (sklearn's balanced_accuracy_score). */
public final class BalancedAccuracy extends LabelMetric {
    public BalancedAccuracy() {
        super("Balanced-Accuracy", 0, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        double sum = 0;
        int count = 0;
        for (int k = 0; k < c.size; k++) {
            if (c.actual(k) <= 0) continue;
            sum += c.recallOrZero(k);
            count++;
        }
        return MetricResult.of(sum / count);
    }
}
