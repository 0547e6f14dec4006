package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/** Cohen's kappa between truth and prediction: (p_o - p_e) / (1 - p_e). */
public final class CohenKappa extends LabelMetric {
    public CohenKappa() {
        super("Cohen-Kappa", -1, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        double s = c.total(), expected = 0;
        for (int k = 0; k < c.size; k++) expected += c.actual(k) * c.predicted(k) / (s * s);
        if (expected >= 1) return MetricResult.undefined("chance agreement is 1 (a single class in truth and predictions)");
        return MetricResult.of((c.trace() / s - expected) / (1 - expected));
    }
}
