package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricIntervalsBcaTest {

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheChosenMetricGetsBcaAndTheOtherKeepsItsPercentileBounds() {
        int[] y = {0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 1};
        double[][] p = new double[y.length][];
        double[] s = {.1, .4, .65, .8, .55, .3, .9, .5, .7, .2, .35, .6};
        for (int i = 0; i < y.length; i++) p[i] = new double[] {1 - s[i], s[i]};
        MetricInput in = MetricInput.classification(y, 2, p, null);
        Metric a = new PairwiseAurocMetric("AUROC"), b = new PairwiseAurocMetric("AUROC-copy");
        Map<String, MetricResult> points = Map.of("AUROC", a.compute(in), "AUROC-copy", b.compute(in));
        BootstrapOptions opt = BootstrapOptions.defaults(3).withResamples(300);
        Map<String, Object> out = MetricIntervals.of(List.of(a, b), in, points, opt, v -> v, m -> m == a);
        assertEquals("bca", ((Map<String, Object>) out.get("AUROC")).get("method"));
        assertEquals("percentile", ((Map<String, Object>) out.get("AUROC-copy")).get("method"));
        ConfidenceInterval percentile = Bootstrap.ci(b, in, opt.withBcaMaxSamples(0));
        assertEquals(percentile.lower(), (Double) ((Map<String, Object>) out.get("AUROC-copy")).get("lower"), 0.0);
    }
}
