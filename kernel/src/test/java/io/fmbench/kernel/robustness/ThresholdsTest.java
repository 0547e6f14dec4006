package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.FmbenchException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    static final Path SUITE = Path.of("suite_robustness_neuro.yaml");

    @Test
    void minAndMaxAreInclusiveAndAMissingMetricFails() throws Exception {
        Map<String, Object> block = Map.of("robustness_score", Map.of("min", 0.5), "perm_equivariance", Map.of("min", 0.8),
                "shift_rAUC", Map.of("min", 0.7, "max", 0.7), "noise_rAUC", Map.of("min", 0.1));
        var o = Thresholds.check(block, Map.of("robustness_score", 0.781, "perm_equivariance", 0.7819, "shift_rAUC", 0.7), SUITE);
        assertEquals(true, ((Map<?, ?>) o.checks().get("robustness_score")).get("passed"));
        assertEquals(false, ((Map<?, ?>) o.checks().get("perm_equivariance")).get("passed"));
        assertEquals(true, ((Map<?, ?>) o.checks().get("shift_rAUC")).get("passed"));
        assertEquals(false, ((Map<?, ?>) o.checks().get("noise_rAUC")).get("passed"));
        assertEquals("metric not computed in this run", ((Map<?, ?>) o.checks().get("noise_rAUC")).get("reason"));
        assertEquals(2, o.failures());
        assertFalse(o.allPassed());
    }

    @Test
    void noBlockPassesAndAMalformedOneNamesTheField() throws Exception {
        assertTrue(Thresholds.check(null, Map.of(), SUITE).allPassed());
        var e = assertThrows(FmbenchException.class, () -> Thresholds.check(Map.of("robustness_score", Map.of("above", 0.5)), Map.of(), SUITE));
        assertTrue(e.getMessage().startsWith("suite_robustness_neuro.yaml: field 'thresholds.robustness_score.above'"), e.getMessage());
    }
}
