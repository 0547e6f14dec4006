package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.kernel.stats.Silhouette;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmbeddingClustersTest {

    /** Three classes in 4-D, centres {@code gap} apart on the first axis, unit noise. */
    static float[][] blobs(int n, double gap, int[] classes) {
        SplittableRandom rng = new SplittableRandom(9);
        float[][] x = new float[n][4];
        for (int i = 0; i < n; i++) {
            classes[i] = i % 3;
            for (int f = 0; f < 4; f++) x[i][f] = (float) rng.nextGaussian();
            x[i][0] += (float) (gap * classes[i]);
        }
        return x;
    }

    @Test
    void separatedClassesAreRecoveredAndTheSilhouetteIsSubsampled() {
        int n = 2500;
        int[] y = new int[n];
        float[][] x = blobs(n, 12, y);
        Map<String, Object> m = EmbeddingClusters.of(x, y, 3, 5, 0, v -> v);
        assertEquals(1.0, (double) m.get("kmeans_ari"), 1e-12);
        assertEquals(1.0, (double) m.get("kmeans_nmi"), 1e-12);
        assertEquals(2000, m.get("silhouette_samples"));
        int[] rows = Silhouette.sample(n, 2000, 5);
        float[][] sx = new float[rows.length][];
        int[] sy = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sx[i] = x[rows[i]];
            sy[i] = y[rows[i]];
        }
        assertEquals(Silhouette.of(sx, sy, 3), (double) m.get("silhouette"), 0);
        assertNull(m.get("confidence_intervals"));
    }

    @Test
    void overlappingClassesGetSeededIntervals() {
        int[] y = new int[300];
        float[][] x = blobs(300, 1.5, y);
        Map<String, Object> m = EmbeddingClusters.of(x, y, 3, 5, 200, v -> v);
        Map<?, ?> ci = (Map<?, ?>) ((Map<?, ?>) m.get("confidence_intervals")).get("kmeans_ari");
        double ari = (double) m.get("kmeans_ari");
        assertTrue(ari > 0 && ari < 1, "overlapping blobs: " + ari);
        assertTrue((double) ci.get("lower") < ari && ari < (double) ci.get("upper"), ci.toString());
        assertEquals(200, ci.get("resamples"));
        assertEquals(m, EmbeddingClusters.of(x, y, 3, 5, 200, v -> v));
    }

    @Test
    void oneClassPresentLeavesTheSilhouetteUndefined() {
        float[][] x = {{0}, {1}, {2}, {3}};
        Map<String, Object> m = EmbeddingClusters.of(x, new int[] {1, 1, 1, 1}, 2, 5, 0, v -> v);
        assertNull(m.get("silhouette"));
        assertTrue(((Map<?, ?>) m.get("undefined_metrics")).containsKey("silhouette"));
    }
}
