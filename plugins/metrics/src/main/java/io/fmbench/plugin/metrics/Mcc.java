package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricResult;

/** Matthews correlation coefficient, multi-class form (Gorodkin 2004; sklearn matthews_corrcoef). */
public final class Mcc extends LabelMetric {
    public Mcc() {
        super("MCC", -1, 1);
    }

    @Override
    MetricResult fromConfusion(Confusion c, int classCount) {
        double s = c.total(), tp = 0, tt = 0, pp = 0;
        for (int k = 0; k < c.size; k++) {
            double t = c.actual(k), p = c.predicted(k);
            tp += t * p;
            tt += t * t;
            pp += p * p;
        }
        double denominator = Math.sqrt((s * s - tt) * (s * s - pp));
        if (denominator == 0) return MetricResult.undefined("truth or predictions hold a single class");
        return MetricResult.of((c.trace() * s - tp) / denominator);
    }
}
