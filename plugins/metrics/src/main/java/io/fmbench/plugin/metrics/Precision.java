package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/**
 * Positive predictive value. Two classes: of class 1 (undefined when nothing is predicted positive). More classes:
 * macro mean over the labels in y_true or y_pred, a never-predicted class counting 0 (as "F1-Score" does).
 */
public final class Precision extends LabelMetric {
    public Precision() {
        super("Precision", 0, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        if (classCount == 2 && c.size == 2) {
            if (c.predicted(1) <= 0) return MetricResult.undefined("no sample is predicted positive");
            return MetricResult.of(c.precisionOrZero(1));
        }
        return MetricResult.of(c.macro(c::precisionOrZero));
    }
}
