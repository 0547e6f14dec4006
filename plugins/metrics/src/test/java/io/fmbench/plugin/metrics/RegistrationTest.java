package io.fmbench.plugin.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Direction;
import io.fmbench.spi.Metric;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service file lists every metric once, with the reference's names and sensible declarations. */
class RegistrationTest {

    @Test
    void allMetricsRegisteredWithDeclarations() {
        Map<String, Metric> m = Registry.byName();
        assertEquals(20, m.size(), m.keySet().toString());
        for (String ref : new String[] {"AUROC", "Accuracy", "F1-Score", "MSE", "R2"}) assertTrue(m.containsKey(ref), ref);
        assertEquals(Direction.LOWER_IS_BETTER, m.get("MSE").direction());
        assertEquals(Direction.LOWER_IS_BETTER, m.get("Log-Loss").direction());
        assertEquals(Direction.HIGHER_IS_BETTER, m.get("AUROC").direction());
        for (Metric x : m.values()) {
            assertTrue(x.lowerBound() < x.upperBound(), x.name());
            assertTrue(!x.requires().isEmpty(), x.name());
        }
    }
}
