package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/**
 * Unweighted mean of per-class F1 over the labels present in y_true or y_pred, a class with no true positive counting
 * 0 (reference key "F1-Score"; sklearn f1_score(average="macro", zero_division=0)).
 */
public final class F1Macro extends LabelMetric {
    public F1Macro() {
        super("F1-Score", 0, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        return MetricResult.of(c.macro(c::f1OrZero));
    }
}
