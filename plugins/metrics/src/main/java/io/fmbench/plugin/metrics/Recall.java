package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/**
 * Sensitivity. Two classes: recall of class 1 (undefined when no sample is positive). More classes: macro mean over
 * the labels in y_true or y_pred, a class absent from y_true counting 0 (sklearn, zero_division=0).
 */
public final class Recall extends LabelMetric {
    public Recall() {
        super("Recall", 0, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        if (classCount == 2 && c.size == 2) {
            if (c.actual(1) <= 0) return MetricResult.undefined("no positive sample");
            return MetricResult.of(c.recallOrZero(1));
        }
        return MetricResult.of(c.macro(c::recallOrZero));
    }
}
