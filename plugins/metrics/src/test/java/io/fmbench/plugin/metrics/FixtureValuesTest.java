package io.fmbench.plugin.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every metric against the NumPy reference values of fixtures/make_fixtures.py, plain and bootstrap-weighted. */
class FixtureValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"binary", "multiclass", "multiclass4", "regression"})
    void matchesNumpyFormulas(String name) throws IOException {
        Fixture f = Fixture.load(name);
        MetricInput input = f.input();
        check(f.expected(), input, name);
        check(f.expectedWeighted(), input.withWeights(f.weights()), name + " weighted");
    }

    private static void check(Map<String, Double> expected, MetricInput input, String label) {
        assertFalse(expected.isEmpty());
        Map<String, Metric> metrics = Registry.byName();
        for (var e : expected.entrySet()) {
            Metric m = metrics.get(e.getKey());
            assertTrue(m != null, "no metric named " + e.getKey());
            MetricResult r = m.compute(input);
            assertTrue(r.defined(), label + " " + e.getKey() + ": " + r.undefinedReason());
            assertEquals(e.getValue(), r.value(), 1e-10, label + " " + e.getKey());
        }
    }
}
