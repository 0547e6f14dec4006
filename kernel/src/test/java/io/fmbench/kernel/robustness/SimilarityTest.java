package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Golden values from the reference spec, section 16. */
class SimilarityTest {

    @Test
    void rAucGoldenValues() {
        assertEquals(0.75, Similarity.rAuc(new double[] {0, .05, .1, .2, .3, .5}, new double[] {1, .95, .9, .8, .7, .5}), 1e-12);
        assertEquals(0.8625, Similarity.rAuc(new double[] {40, 30, 20, 10, 5, 0}, new double[] {1, 1, 1, .9, .5, .1}), 1e-12);
        assertEquals(0.7375, Similarity.rAuc(new double[] {0, 10, 20, 40, 80}, new double[] {1, .9, .8, .7, .6}), 1e-12);
        assertEquals(0.0, Similarity.rAuc(new double[] {0}, new double[] {1}));
        assertEquals(0.0, Similarity.rAuc(new double[] {1, 1}, new double[] {1, 1}));
    }

    @Test
    void cosineGoldenValues() {
        double[] c = Similarity.cosine(new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 1}, {0, -1}});
        assertEquals(0.70710677, c[0], 5e-9);
        assertEquals(-0.99999998, c[1], 5e-9);
        assertEquals(0.0, Similarity.cosine(new double[] {0, 0}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Similarity.cosine(new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void populationStd() {
        assertEquals(0.5, Similarity.std(new double[] {1, 2}), 1e-15); // numpy.std([1, 2]) = 0.5
        assertEquals(1.5, Similarity.mean(new double[] {1, 2}));
    }

    @Test
    void probeSeedsDifferByProbeAndGridPointAndRepeat() {
        long a = ProbeSeeds.seed(42, "noise", 0);
        assertEquals(a, ProbeSeeds.seed(42, "noise", 0));
        assertNotEquals(a, ProbeSeeds.seed(42, "noise", 1));
        assertNotEquals(a, ProbeSeeds.seed(42, "dropout", 0));
        assertNotEquals(a, ProbeSeeds.seed(43, "noise", 0));
    }
}
