package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.MetricInput;
import io.fmbench.spi.rank.MannWhitneyAuroc;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class MannWhitneyAurocTest {

    @Test
    void referenceGoldenValue() {
        assertEquals(0.8125, MannWhitneyAuroc.of(SortedAurocTest.P1, SortedAurocTest.POS), 1e-12);
    }

    @Test
    void handWorkedTies() {
        // positives {1, 1, 2}, negatives {1, 2, 2, 0}: each 1 scores 1/2 + 0 + 0 + 1 = 1.5, the 2 scores
        // 1 + 1/2 + 1/2 + 1 = 3, so U = 6 of 12 pairs
        double[] s = {1, 1, 2, 1, 2, 2, 0};
        boolean[] pos = {true, true, true, false, false, false, false};
        assertEquals(0.5, MannWhitneyAuroc.of(s, pos), 0);
        // -0.0 and 0.0 are one score: a tie
        assertEquals(0.5, MannWhitneyAuroc.of(new double[] {-0.0, 0.0}, new boolean[] {true, false}), 0);
        assertEquals(0.5, MannWhitneyAuroc.of(new double[] {3, 3, 3}, new boolean[] {false, true, false}), 0);
    }

    @Test
    void separatedAndUndefined() {
        double[] s = {Double.NEGATIVE_INFINITY, -1e300, 4.9e-324, Double.POSITIVE_INFINITY};
        assertEquals(1, MannWhitneyAuroc.of(s, new boolean[] {false, false, true, true}), 0);
        assertEquals(0, MannWhitneyAuroc.of(s, new boolean[] {true, true, false, false}), 0);
        assertTrue(Double.isNaN(MannWhitneyAuroc.of(s, new boolean[4])));
        assertTrue(Double.isNaN(MannWhitneyAuroc.of(new double[0], new boolean[0])));
        assertThrows(IllegalArgumentException.class, () -> MannWhitneyAuroc.of(new double[] {1, Double.NaN}, new boolean[] {true, false}));
        assertThrows(IllegalArgumentException.class, () -> MannWhitneyAuroc.of(new double[] {1}, new boolean[2]));
    }

    @Test
    void heavyTiesMatchThePairwiseDefinitionAndTheSortOncePath() {
        SplittableRandom rng = new SplittableRandom(5);
        check(rng, () -> rng.nextInt(5) / 4.0);                               // 5 distinct scores
        check(rng, () -> rng.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : -rng.nextInt(2) * 0.0); // +-0 and infinity
        check(rng, () -> (float) rng.nextGaussian());                         // float-valued: 3 radix passes
        check(rng, () -> 1 + Math.ulp(1.0) * rng.nextInt(40));                // differ in the lowest bits only
        check(rng, () -> rng.nextGaussian() * Math.pow(10, rng.nextInt(-300, 300))); // every exponent and sign
        check(rng, () -> rng.nextBoolean() ? rng.nextGaussian() : 1 + Math.ulp(1.0) * rng.nextInt(1 << 20)); // long runs
    }

    private static void check(SplittableRandom rng, DoubleSupplier score) {
        int n = 1500;
        double[] s = new double[n];
        boolean[] pos = new boolean[n];
        int[] y = new int[n];
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            pos[i] = rng.nextInt(3) == 0;
            y[i] = pos[i] ? 1 : 0;
            s[i] = score.getAsDouble();
            p[i] = new double[] {0, s[i]};
        }
        double pairwise = new PairwiseAurocMetric("AUROC").compute(MetricInput.classification(y, 2, p, null)).value();
        assertEquals(pairwise, MannWhitneyAuroc.of(s, pos), 0);
        assertEquals(new SortedAuroc(s, pos).auroc(), MannWhitneyAuroc.of(s, pos), 0);
    }
}
