package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SilhouetteTest {

    @Test
    void handWorkedOneDimension() {
        // A = {0, 1}, B = {4, 6}. 0: a = 1, b = (4+6)/2 = 5, s = 4/5. 1: a = 1, b = (3+5)/2 = 4, s = 3/4.
        // 4: a = 2, b = (4+3)/2 = 3.5, s = 1.5/3.5. 6: a = 2, b = (6+5)/2 = 5.5, s = 3.5/5.5.
        float[][] x = {{0}, {1}, {4}, {6}};
        assertEquals((0.8 + 0.75 + 1.5 / 3.5 + 3.5 / 5.5) / 4, Silhouette.of(x, new int[] {0, 0, 1, 1}, 2), 1e-15);
    }

    @Test
    void numpyFixtureWithASingleton() throws IOException {
        StatsFixture f = StatsFixture.load("silhouette");
        double[] p = f.arrays().get("points");
        float[][] x = new float[p.length / 3][3];
        for (int i = 0; i < p.length; i++) x[i / 3][i % 3] = (float) p[i];
        int[] g = ClusterAgreementTest.ints(f.arrays().get("groups"));
        assertEquals(f.expect("silhouette"), Silhouette.of(x, g, 4), 1e-12);
    }

    @Test
    void undefinedWithOneGroupOrOnlySingletons() {
        float[][] x = {{0}, {1}, {4}};
        assertTrue(Double.isNaN(Silhouette.of(x, new int[] {1, 1, 1}, 2)));
        assertTrue(Double.isNaN(Silhouette.of(x, new int[] {0, 1, 2}, 3)));
    }

    @Test
    void seededSubsample() {
        assertArrayEquals(new int[] {0, 1, 2}, Silhouette.sample(3, 5, 1));
        int[] s = Silhouette.sample(10_000, 2000, 7);
        assertEquals(2000, Arrays.stream(s).distinct().count());
        assertTrue(s[0] >= 0 && s[1999] < 10_000);
        for (int i = 1; i < s.length; i++) assertTrue(s[i - 1] < s[i]);
        assertArrayEquals(s, Silhouette.sample(10_000, 2000, 7));
    }
}
