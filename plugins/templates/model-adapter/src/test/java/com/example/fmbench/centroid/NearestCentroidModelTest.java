package com.example.fmbench.centroid;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model on a tiny hand-made data set, built from the SPI records only (as fmbench will call it).
 * Training: class 0 at (0,0) and (2,0), centroid (1,0); class 1 at (0,4) and (2,4), centroid (1,4).
 */
class NearestCentroidModelTest {

    private static Batch batch(float[]... rows) {
        int d = rows[0].length;
        float[] data = new float[rows.length * d];
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, data, i * d, d);
            ids.add("s" + i);
        }
        return new Batch(0, ids, Tensor.of(data, rows.length, d), null);
    }

    private static Model trained(int classes) throws ModelException {
        Model m = new NearestCentroidModel(classes);
        m.fit(batch(new float[] {0, 0}, new float[] {2, 0}, new float[] {0, 4}, new float[] {2, 4}),
                Targets.classes(new int[] {0, 0, 1, 1}, List.of("a", "b")));
        return m;
    }

    @Test
    void probabilitiesAreASoftmaxOverNegativeMeanSquaredDistances() throws Exception {
        Model m = trained(2);
        assertTrue(m.needsTraining());
        Predictions p = m.predict(batch(new float[] {1, 1}, new float[] {1, 2}, new float[] {1, 4}));
        // (1,1): distances (0+1)/2 = 0.5 and (0+9)/2 = 4.5, so p0 = 1 / (1 + e^-4).
        assertArrayEquals(new double[] {0.9820137900379085, 0.01798620996209155}, p.probabilities()[0], 1e-12);
        // (1,2): as far from both centroids.
        assertArrayEquals(new double[] {0.5, 0.5}, p.probabilities()[1], 1e-12);
        // (1,4): distances 16/2 = 8 and 0, so p1 = 1 / (1 + e^-8).
        assertArrayEquals(new double[] {1 - 0.9996646498695336, 0.9996646498695336}, p.probabilities()[2], 1e-12);
        assertArrayEquals(new int[] {0, 0, 1}, p.labelsOrArgmax(), "ties go to the lower class index");
    }

    @Test
    void aClassMissingFromTrainingGetsProbabilityZero() throws Exception {
        Predictions p = trained(3).predict(batch(new float[] {1, 1}));
        assertArrayEquals(new double[] {0.9820137900379085, 0.01798620996209155, 0.0}, p.probabilities()[0], 1e-12);
    }

    @Test
    void refusesToPredictBeforeFitOrOnOtherFeatures() throws Exception {
        ModelException early = assertThrows(ModelException.class, () -> new NearestCentroidModel(2).predict(batch(new float[] {1, 1})));
        assertTrue(early.getMessage().contains("before fit"), early.getMessage());
        ModelException shape = assertThrows(ModelException.class, () -> trained(2).predict(batch(new float[] {1, 1, 1})));
        assertTrue(shape.getMessage().contains("2 features") && shape.getMessage().contains("got 3"), shape.getMessage());
    }

    @Test
    void refusesSequenceOnlyBatchesAndRegressionTargets() {
        Batch dna = new Batch(0, List.of("s0"), null, List.of("ACGT"));
        assertThrows(ModelException.class, () -> new NearestCentroidModel(2).fit(dna, Targets.classes(new int[] {0}, List.of())));
        assertThrows(ModelException.class,
                () -> new NearestCentroidModel(2).fit(batch(new float[] {1, 1}), Targets.values(new double[][] {{1.0}})));
    }
}
