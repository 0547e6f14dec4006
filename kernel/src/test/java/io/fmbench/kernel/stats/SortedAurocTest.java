package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.MetricInput;
import io.fmbench.spi.rank.RadixOrder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SortedAurocTest {

    static final double[] P1 = {.1, .4, .65, .8, .55, .3, .9, .5};
    static final boolean[] POS = {false, false, true, true, false, true, true, false};

    @Test
    void referenceGoldenValue() {
        assertEquals(0.8125, new SortedAuroc(P1, POS).auroc(), 1e-12);
    }

    @Test
    void threeClassOneVsRestGoldenValue() {
        int[] y = {0, 1, 2, 0, 1, 2, 0, 1, 2};
        double[][] p = {{.7, .2, .1}, {.2, .5, .3}, {.1, .3, .6}, {.3, .4, .3}, {.6, .3, .1}, {.2, .2, .6},
                {.5, .25, .25}, {.1, .8, .1}, {.3, .3, .4}};
        WeightedStatistic s = MetricStatistics.fastAuroc(MetricInput.classification(y, 3, p, null));
        assertEquals(0.9167, s.apply(null), 5e-5);
    }

    @Test
    void radixOrderSortsLikeAComparisonSort() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] v = new double[5000];
        for (int i = 0; i < v.length; i++)
            v[i] = switch (i % 7) {
                case 0 -> Math.round(rng.nextGaussian() * 3) / 4.0; // ties, negatives
                case 1 -> -rng.nextDouble() * 1e300;
                case 2 -> i % 2 == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                case 3 -> Double.MIN_VALUE * rng.nextInt(5);
                default -> rng.nextDouble();
            };
        int[] expected = IntStream.range(0, v.length).boxed().sorted(Comparator.comparingDouble(i -> v[i]))
                .mapToInt(Integer::intValue).toArray(); // stable, like the radix sort
        assertArrayEquals(expected, RadixOrder.ascending(v));
        assertThrows(IllegalArgumentException.class, () -> RadixOrder.ascending(new double[] {1, Double.NaN}));
    }

    @Test
    void weightsActAsRepeatsAndMatchPairwiseDefinition() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 300;
        double[] s = new double[n];
        boolean[] pos = new boolean[n];
        double[] w = new double[n];
        double[][] p = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            pos[i] = rng.nextBoolean();
            y[i] = pos[i] ? 1 : 0;
            s[i] = Math.round((rng.nextDouble() + (pos[i] ? .3 : 0)) * 20) / 20.0;
            p[i] = new double[] {1 - s[i], s[i]};
            w[i] = rng.nextInt(4);
        }
        double expected = new PairwiseAurocMetric("AUROC").compute(MetricInput.classification(y, 2, p, null).withWeights(w)).value();
        assertEquals(expected, new SortedAuroc(s, pos).auroc(w), 1e-12);
        double[] zero = new double[n];
        assertTrue(Double.isNaN(new SortedAuroc(s, pos).auroc(zero)));
    }

    @Test
    void placementsAverageToTheAuroc() {
        double[] v = new SortedAuroc(P1, POS).placements();
        double sum = 0;
        for (int i = 0; i < v.length; i++) if (POS[i]) sum += v[i];
        assertEquals(0.8125, sum / 4, 1e-12);
        // positive .3 outranks only the negative .1: 1 of 4
        assertEquals(0.25, v[5], 1e-12);
        // negative .55 is outranked by .65, .8, .9: 3 of 4
        assertEquals(0.75, v[4], 1e-12);
        assertEquals(8, Arrays.stream(v).filter(x -> x >= 0).count());
    }
}
