package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Direction;
import io.fmbench.spi.MemoryDataset;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Model;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Retention for regression targets, with R2 as the task metric. Four samples of one channel and eight time points;
 * the targets are each sample's value at t = 0, and the model reads the value at one time point. A circular shift by s
 * moves the value at t = -s mod 8 to t = 0, so the shift grid (0, 10, 20, 40, 80) shows the model t = 0, 6, 4, 0, 0.
 */
class RegressionRetentionTest {

    /** y = 1, 2, 3, 4 at t = 0; 2, 1, 4, 3 at t = 6; 4, 3, 2, 1 at t = 4; 0.5 elsewhere. */
    private static MemoryDataset data() {
        float[] x = new float[4 * 8];
        java.util.Arrays.fill(x, 0.5f);
        float[] t0 = {1, 2, 3, 4}, t6 = {2, 1, 4, 3}, t4 = {4, 3, 2, 1};
        for (int n = 0; n < 4; n++) {
            x[n * 8] = t0[n];
            x[n * 8 + 6] = t6[n];
            x[n * 8 + 4] = t4[n];
        }
        return new MemoryDataset("four", x, new int[] {1, 8}, Targets.values(new double[][] {{1}, {2}, {3}, {4}}), SampleTable.empty(),
                List.of("s0", "s1", "s2", "s3"), Map.of(), Map.of(), List.of());
    }

    /** The textbook coefficient of determination, weighted: 1 - sum w (y - f)^2 / sum w (y - mean_w y)^2. */
    private static final Metric R2 = new Metric() {
        public String name() { return "R2"; }
        public Task task() { return Task.REGRESSION; }
        public Direction direction() { return Direction.HIGHER_IS_BETTER; }
        public double lowerBound() { return Double.NEGATIVE_INFINITY; }
        public double upperBound() { return 1; }
        public Set<Output> requires() { return Set.of(Output.VALUES); }

        public MetricResult compute(MetricInput in) {
            double[] w = in.weights();
            double sw = 0, mean = 0, res = 0, tot = 0;
            for (int i = 0; i < in.size(); i++) { double wi = w == null ? 1 : w[i]; sw += wi; mean += wi * in.targets()[i][0]; }
            mean /= sw;
            for (int i = 0; i < in.size(); i++) {
                double wi = w == null ? 1 : w[i], y = in.targets()[i][0];
                res += wi * (y - in.estimates()[i][0]) * (y - in.estimates()[i][0]);
                tot += wi * (y - mean) * (y - mean);
            }
            return tot > 0 ? MetricResult.of(1 - res / tot) : MetricResult.undefined("constant targets");
        }
    };

    private static RobustnessRunner.Result run(int readsAt) throws Exception {
        Model model = new Model() {
            public Set<Output> outputs() {
                return Set.of(Output.VALUES);
            }

            public Predictions predict(Batch b) {
                double[][] v = new double[b.size()][1];
                for (int n = 0; n < v.length; n++) v[n][0] = b.inputs().data()[n * 8 + readsAt];
                return Predictions.ofValues(v);
            }
        };
        RobustnessProbe shift = ServiceLoader.load(RobustnessProbe.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("shift")).findFirst().orElseThrow();
        return new RobustnessRunner("reader", model, data(), new RobustnessRunner.Options(7, 100, 2, Map.of(), R2), w -> {}).run(List.of(shift));
    }

    @Test
    void retentionIsR2RelativeToCleanOverTheShiftGrid() throws Exception {
        var r = run(0);
        @SuppressWarnings("unchecked")
        var retention = (Map<String, Object>) ((Map<String, Object>) r.probes().get("shift")).get("retention");
        assertEquals("R2", retention.get("metric"));
        assertEquals(1.0, retention.get("clean"));
        // t = 6: residuals 1 + 1 + 1 + 1 = 4 over a total of 5 -> 0.2; t = 4: 20 / 5 -> -3
        List<?> relative = (List<?>) retention.get("relative");
        double[] expected = {1, 0.2, -3, 1, 1};
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], ((Number) relative.get(i)).doubleValue(), 1e-12, "grid point " + i);
        // trapezoid over 0, 10, 20, 40, 80: (6 - 14 - 20 + 40) / 80
        assertEquals(0.15, ((Number) r.metrics().get("shift_retention_rAUC")).doubleValue(), 1e-4);
        assertTrue(r.intervals().containsKey("shift_retention_rAUC"), String.valueOf(r.intervals().keySet()));
        assertTrue(r.flags().stream().anyMatch(f -> f.startsWith("scalar:")), String.valueOf(r.flags()));
        assertFalse(r.flags().stream().anyMatch(f -> f.startsWith("chance:")), String.valueOf(r.flags()));
    }

    @Test
    void aModelWithNoSkillIsFlaggedAndGetsNoRetention() throws Exception {
        var r = run(4); // clean R2 = -3
        assertNull(((Map<?, ?>) r.probes().get("shift")).get("retention"));
        assertFalse(r.metrics().containsKey("shift_retention_rAUC"));
        assertEquals(1, r.flags().stream().filter(f -> f.startsWith("chance: clean R2 -3.0000 is no better than predicting the targets' mean")).count(),
                String.valueOf(r.flags()));
    }
}
