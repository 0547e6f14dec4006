package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/**
 * True-negative rate. Two classes: recall of class 0 (undefined when no sample is negative). More classes: macro mean
 * of each class's tn / (tn + fp) over the labels in y_true or y_pred.
 */
public final class Specificity extends LabelMetric {
    public Specificity() {
        super("Specificity", 0, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        if (classCount == 2 && c.size == 2) {
            if (c.actual(0) <= 0) return MetricResult.undefined("no negative sample");
            return MetricResult.of(c.recallOrZero(0));
        }
        return MetricResult.of(c.macro(c::specificityOrZero));
    }
}
