package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/** Per-class F1 averaged with the true class frequencies as weights (sklearn average="weighted"). */
public final class F1Weighted extends LabelMetric {
    public F1Weighted() {
        super("F1-Weighted", 0, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        double sum = 0;
        for (int k = 0; k < c.size; k++) sum += c.f1OrZero(k) * c.actual(k);
        return MetricResult.of(sum / c.total());
    }
}
