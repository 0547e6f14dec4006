package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DeLong, McNemar, Holm and Summary against NumPy fixtures and hand-worked values. */
class ComparisonsTest {

    @Test
    void deLongMatchesPairwiseNumpyImplementation() throws IOException {
        StatsFixture f = StatsFixture.load("delong");
        double[] y = f.arrays().get("y");
        boolean[] pos = new boolean[y.length];
        for (int i = 0; i < y.length; i++) pos[i] = y[i] == 1;
        DeLong.Result r = DeLong.test(f.arrays().get("s1"), f.arrays().get("s2"), pos);
        assertEquals(f.expect("auc1"), r.auc1(), 1e-12);
        assertEquals(f.expect("auc2"), r.auc2(), 1e-12);
        assertEquals(f.expect("se"), r.se(), 1e-12);
        assertEquals(f.expect("z"), r.z(), 1e-9);
        assertEquals(f.expect("p"), r.p(), 1e-9);
    }

    @Test
    void deLongOfIdenticalModelsIsNoDifference() {
        double[] s = {.1, .4, .65, .8, .55, .3, .9, .5};
        boolean[] pos = {false, false, true, true, false, true, true, false};
        DeLong.Result r = DeLong.test(s, s, pos);
        assertEquals(0.8125, r.auc1(), 1e-12);
        assertEquals(1, r.p(), 0);
    }

    @Test
    void mcNemarExactByHand() {
        // b = 10, c = 2: p = 2 P(X <= 2), X ~ Bin(12, 1/2) = 2 (1 + 12 + 66) / 4096
        McNemar.Result r = McNemar.fromCounts(10, 2);
        assertTrue(r.exact());
        assertEquals(158.0 / 4096, r.p(), 1e-12);
        assertEquals(1.0, McNemar.fromCounts(3, 3).p(), 1e-12);
        int[] truth = {0, 1, 1, 0, 1};
        McNemar.Result fromLabels = McNemar.test(truth, new int[] {0, 1, 1, 0, 0}, new int[] {1, 1, 0, 0, 1});
        assertEquals(2, fromLabels.b()); // model 1 alone right on samples 0 and 2
        assertEquals(1, fromLabels.c()); // model 2 alone right on sample 4
    }

    @Test
    void mcNemarChiSquareMatchesFixture() throws IOException {
        for (String line : StatsFixture.lines("mcnemar")) {
            String[] f = line.split(" ");
            McNemar.Result r = McNemar.fromCounts(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            assertFalse(r.exact());
            assertEquals(Double.parseDouble(f[3]), r.statistic(), 1e-12);
            assertEquals(Double.parseDouble(f[4]), r.p(), 1e-9);
        }
    }

    @Test
    void holmByHand() {
        // sorted .005 (x4 = .02), .01 (x3 = .03), .03 (x2 = .06), .04 (x1 = .04 -> running max .06)
        assertArrayEquals(new double[] {.03, .06, .06, .02}, Holm.adjust(new double[] {.01, .04, .03, .005}), 1e-12);
        double[] withNaN = Holm.adjust(new double[] {.02, Double.NaN, .5});
        assertEquals(.04, withNaN[0], 1e-12);
        assertTrue(Double.isNaN(withNaN[1]));
        assertEquals(.5, withNaN[2], 1e-12);
    }

    @Test
    void summaryByHand() {
        Summary s = Summary.of(1, 2, 3, 4, Double.NaN);
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(5.0 / 3), s.sd(), 1e-12);
        assertEquals(1, s.undefined());
        assertEquals(5, s.values().length);
        assertTrue(Double.isNaN(Summary.of(0.7).sd()));
    }

    @Test
    void confusionMatrixAndPerClassTableByHand() {
        // reference binary case: TP 3, FP 1, FN 1, TN 3
        int[] y = {0, 0, 1, 1, 0, 1, 1, 0}, pred = {0, 0, 1, 1, 1, 0, 1, 0};
        ConfusionMatrix m = ConfusionMatrix.of(y, pred, 2);
        assertArrayEquals(new long[][] {{3, 1}, {1, 3}}, m.counts());
        List<PerClassTable.Row> rows = PerClassTable.of(ConfusionMatrix.of(new int[] {0, 0, 1, 2}, new int[] {0, 1, 1, 1}, 3),
                List.of("CN", "MCI", "AD"));
        assertEquals(new PerClassTable.Row(0, "CN", 1.0, 0.5, 2.0 / 3, 2), rows.get(0));
        assertEquals(1.0 / 3, rows.get(1).precision(), 1e-12);
        assertTrue(Double.isNaN(rows.get(2).precision())); // AD never predicted: undefined, not 0
        assertEquals(0.0, rows.get(2).recall(), 0);
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(y, new int[] {0}, 2));
    }
}
