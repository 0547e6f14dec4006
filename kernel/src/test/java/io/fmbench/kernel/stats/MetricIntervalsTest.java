package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricIntervalsTest {

    @Test
    void intervalsForDefinedMetricsOnly() {
        MetricInput in = BootstrapTest.binaryInput(150, 3);
        Metric auroc = new PairwiseAurocMetric("AUROC");
        MetricResult point = auroc.compute(in);
        Map<String, Object> block = MetricIntervals.of(List.of(auroc, new PairwiseAurocMetric("Other")), in,
                Map.of("AUROC", point, "Other", MetricResult.undefined("no probabilities")),
                BootstrapOptions.defaults(42).withResamples(200), v -> v);
        assertFalse(block.containsKey("Other"));
        @SuppressWarnings("unchecked")
        Map<String, Object> e = (Map<String, Object>) block.get("AUROC");
        double lo = (Double) e.get("lower"), hi = (Double) e.get("upper");
        assertTrue(lo < point.value() && point.value() < hi, e.toString());
        assertEquals("bca", e.get("method"));
        assertEquals(200, e.get("resamples"));
        assertEquals(42L, e.get("seed"));
        assertEquals(block, MetricIntervals.of(List.of(auroc), in, Map.of("AUROC", point), BootstrapOptions.defaults(42).withResamples(200).withThreads(2), v -> v));
    }
}
