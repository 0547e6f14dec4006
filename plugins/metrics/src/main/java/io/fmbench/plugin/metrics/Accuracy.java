package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/** Fraction of samples whose predicted class is the true class (reference key "Accuracy"). */
public final class Accuracy extends LabelMetric {
    public Accuracy() {
        super("Accuracy", 0, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        return MetricResult.of(c.trace() / c.total());
    }
}
