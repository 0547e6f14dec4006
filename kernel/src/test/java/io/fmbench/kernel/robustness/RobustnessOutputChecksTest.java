package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.MemoryDataset;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Outputs no curve may be computed from stop the run with one message naming the model, sample and fault. */
class RobustnessOutputChecksTest {

    /** 4 samples of 2 channels x 8 time points; classes 0, 1, 0, 1. */
    private static Dataset data() {
        float[] x = new float[4 * 16];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i);
        return new MemoryDataset("four", x, new int[] {2, 8}, Targets.classes(new int[] {0, 1, 0, 1}, List.of("a", "b")), SampleTable.empty(),
                List.of("s0", "s1", "s2", "s3"), Map.of(), Map.of(), List.of());
    }

    private static String failure(Function<Batch, double[][]> rows) {
        Model model = new Model() {
            public Set<Output> outputs() {
                return Set.of(Output.PROBABILITIES);
            }

            public Predictions predict(Batch b) {
                return Predictions.ofProbabilities(rows.apply(b));
            }
        };
        RobustnessProbe shift = ServiceLoader.load(RobustnessProbe.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("shift")).findFirst().orElseThrow();
        var options = new RobustnessRunner.Options(7, 100, 2, Map.of(), null);
        ModelException e = assertThrows(ModelException.class, () -> new RobustnessRunner("m1", model, data(), options, w -> {}).run(List.of(shift)));
        return e.getMessage();
    }

    @Test
    void probabilitiesThatDoNotSumToOneAreRefused() {
        assertEquals("model 'm1' returned probabilities summing to 1.25 for sample 0; apply a softmax (rows must sum to 1)",
                failure(b -> new double[][] {{0.5, 0.75}, {0.5, 0.5}}));
    }

    @Test
    void probabilitiesOutsideZeroToOneAndNaNAreRefused() {
        assertEquals("model 'm1' returned probability -0.5 for sample 2; probabilities must be finite and within [0, 1]",
                failure(b -> b.offset() == 0 ? new double[][] {{0.5, 0.5}, {0.5, 0.5}} : new double[][] {{-0.5, 1.5}, {0.5, 0.5}}));
        assertEquals("model 'm1' returned probability NaN for sample 1; probabilities must be finite and within [0, 1]",
                failure(b -> new double[][] {{0.5, 0.5}, {Double.NaN, 0.5}}));
    }

    @Test
    void oneNumberPerSampleIsFlaggedSinceItsCosineIsOnlyItsSign() throws Exception {
        float[] x = new float[4 * 16];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i);
        Dataset values = new MemoryDataset("four", x, new int[] {2, 8}, Targets.values(new double[][] {{1}, {2}, {3}, {4}}), SampleTable.empty(),
                List.of("s0", "s1", "s2", "s3"), Map.of(), Map.of(), List.of());
        Model firstValue = new Model() { // the sample's first input value: sign flips under a shift
            public Set<Output> outputs() {
                return Set.of(Output.VALUES);
            }

            public Predictions predict(Batch b) {
                double[][] v = new double[b.size()][1];
                for (int n = 0; n < v.length; n++) v[n][0] = b.inputs().data()[n * 16];
                return Predictions.ofValues(v);
            }
        };
        RobustnessProbe shift = ServiceLoader.load(RobustnessProbe.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("shift")).findFirst().orElseThrow();
        var r = new RobustnessRunner("m1", firstValue, values, new RobustnessRunner.Options(7, 100, 2, Map.of(), null), w -> {}).run(List.of(shift));
        assertEquals(1, r.flags().stream().filter(f -> f.startsWith("scalar: the model gives one number per sample")).count(), String.valueOf(r.flags()));
    }

    @Test
    void aWrongNumberOfRowsIsRefused() {
        assertEquals("model 'm1' returned 1 predictions for a batch of 2 samples (starting at sample 0)",
                failure(b -> new double[][] {{0.5, 0.5}}));
    }
}
