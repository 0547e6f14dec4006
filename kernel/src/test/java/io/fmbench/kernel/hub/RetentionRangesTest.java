package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Robustness records carry retention metrics, which may exceed 1 (a perturbation that happens to help). */
class RetentionRangesTest {

    @Test
    void retentionMayExceedOneButSimilarityRaucMayNot() {
        assertTrue(MetricRanges.within("dropout_retention_rAUC", 1.02));
        assertTrue(MetricRanges.within("retention_score", 1.02));
        assertFalse(MetricRanges.within("retention_score", -0.1));
        assertFalse(MetricRanges.within("dropout_rAUC", 1.02));
        assertTrue(MetricRanges.of("retention_score").isPresent());
    }
}
