package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KMeansTest {

    @Test
    void twoPairsOnALine() {
        // centres 0.5 and 10.5, four squared distances of 0.25
        KMeans.Result r = KMeans.fit(new float[][] {{0}, {1}, {10}, {11}}, 2, 3);
        assertEquals(1.0, r.inertia(), 1e-12);
        assertEquals(r.labels()[0], r.labels()[1]);
        assertEquals(r.labels()[2], r.labels()[3]);
        assertNotEquals(r.labels()[0], r.labels()[2]);
    }

    @Test
    void separatedBlobsAreFoundAndTheBestRestartWins() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 300;
        float[][] x = new float[n][2];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 3;
            x[i][0] = (float) (truth[i] * 10 + rng.nextGaussian());
            x[i][1] = (float) (truth[i] * -7 + rng.nextGaussian());
        }
        KMeans.Result r = KMeans.fit(x, 3, 11);
        assertEquals(1, ClusterAgreement.adjustedRand(ClusterAgreement.table(truth, 3, r.labels(), 3, null)), 1e-12);
        double best = Double.POSITIVE_INFINITY;
        for (int s = 0; s < KMeans.RESTARTS; s++)
            best = Math.min(best, KMeans.lloyd(x, KMeans.seeds(x, 3, Streams.of(11, s))).inertia());
        assertEquals(best, r.inertia(), 0);
        assertArrayEquals(r.labels(), KMeans.fit(x, 3, 11).labels());
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, 301, 1));
    }
}
