package io.fmbench.plugin.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import org.junit.jupiter.api.Test;

/** The reference's golden values (spec §16, issue 3) and small hand-worked cases. */
class GoldenValuesTest {

    static final int[] BINARY_Y = {0, 0, 1, 1, 0, 1, 1, 0};
    static final double[] BINARY_P1 = {.1, .4, .65, .8, .55, .3, .9, .5};

    static MetricInput binary() {
        double[][] p = new double[8][];
        for (int i = 0; i < 8; i++) p[i] = new double[] {1 - BINARY_P1[i], BINARY_P1[i]};
        return MetricInput.classification(BINARY_Y, 2, p, null);
    }

    static MetricInput threeClass() {
        int[] y = {0, 1, 2, 0, 1, 2, 0, 1, 2};
        double[][] p = {{.7, .2, .1}, {.2, .5, .3}, {.1, .3, .6}, {.3, .4, .3}, {.6, .3, .1}, {.2, .2, .6},
                {.5, .25, .25}, {.1, .8, .1}, {.3, .3, .4}};
        return MetricInput.classification(y, 3, p, null);
    }

    static double value(String metric, MetricInput in) {
        MetricResult r = Registry.get(metric).compute(in);
        assertTrue(r.defined(), metric + ": " + r.undefinedReason());
        return r.value();
    }

    static String undefined(String metric, MetricInput in) {
        MetricResult r = Registry.get(metric).compute(in);
        assertFalse(r.defined(), metric + " should be undefined but is " + r.value());
        return r.undefinedReason();
    }

    @Test
    void referenceBinary() {
        assertEquals(0.8125, value("AUROC", binary()), 1e-12);
        assertEquals(0.75, value("Accuracy", binary()), 1e-12);
        assertEquals(0.75, value("F1-Score", binary()), 1e-12);
    }

    @Test
    void referenceThreeClass() {
        assertEquals(0.9167, value("AUROC", threeClass()), 5e-5);
        assertEquals(0.7778, value("Accuracy", threeClass()), 5e-5);
        assertEquals(0.7778, value("F1-Score", threeClass()), 5e-5);
    }

    @Test
    void referenceRegression() {
        MetricInput in = MetricInput.regression(new double[][] {{1}, {2}, {3}, {4}}, new double[][] {{1.1}, {1.9}, {3.2}, {3.7}});
        assertEquals(0.0375, value("MSE", in), 1e-12);
        assertEquals(0.97, value("R2", in), 1e-12);
        assertEquals(0.175, value("MAE", in), 1e-12); // (.1+.1+.2+.3)/4
        assertEquals(1.0, value("Spearman", in), 1e-12); // same order
    }

    /** Two outputs by hand: the metric on each output column alone, and the metric itself = their mean. */
    @Test
    void correlationsPerOutputAndAveraged() {
        double[][] t = {{1, 1}, {2, 2}, {3, 3}, {4, 4}}, e = {{2, 1}, {1, 1}, {4, 2}, {3, 10}};
        // out_0: deviations (-1.5, -.5, .5, 1.5) and (-.5, -1.5, 1.5, .5): sxy = 3, sxx = syy = 5, r = 0.6; no ties, so
        // Spearman (Pearson of the ranks, here the values themselves) is 0.6 too
        // out_1: estimate deviations (-2.5, -2.5, -1.5, 6.5): sxy = 14, syy = 57, r = 14 / sqrt(5 * 57);
        // mid-ranks (1.5, 1.5, 3, 4), deviations (-1, -1, .5, 1.5): sxy = 4.5, syy = 4.5, rho = 4.5 / sqrt(5 * 4.5)
        double[] pearson = {0.6, 14 / Math.sqrt(285)}, spearman = {0.6, Math.sqrt(0.9)};
        for (int j = 0; j < 2; j++) {
            double[][] tj = new double[4][1], ej = new double[4][1];
            for (int i = 0; i < 4; i++) {
                tj[i][0] = t[i][j];
                ej[i][0] = e[i][j];
            }
            assertEquals(pearson[j], value("Pearson", MetricInput.regression(tj, ej)), 1e-12);
            assertEquals(spearman[j], value("Spearman", MetricInput.regression(tj, ej)), 1e-12);
        }
        assertEquals((pearson[0] + pearson[1]) / 2, value("Pearson", MetricInput.regression(t, e)), 1e-12);
        assertEquals((spearman[0] + spearman[1]) / 2, value("Spearman", MetricInput.regression(t, e)), 1e-12);
    }

    /** Binary golden case by hand: predictions (argmax, .5 -> class 0) give TP 3, FP 1, FN 1, TN 3. */
    @Test
    void binaryConfusionByHand() {
        MetricInput in = binary();
        assertEquals(0.75, value("Precision", in), 1e-12);
        assertEquals(0.75, value("Recall", in), 1e-12);
        assertEquals(0.75, value("Specificity", in), 1e-12);
        assertEquals(0.75, value("Balanced-Accuracy", in), 1e-12);
        assertEquals(0.5, value("MCC", in), 1e-12); // (3*3 - 1*1) / sqrt(4^4)
        assertEquals(0.5, value("Cohen-Kappa", in), 1e-12); // (.75 - .5) / (1 - .5)
        // squared errors .01 .16 .1225 .04 .3025 .49 .01 .25 -> 1.385 / 8
        assertEquals(0.173125, value("Brier", in), 1e-12);
        // descending scores + + + - - - + -: precision 1 at recall .25, .5, .75, then 4/7 at recall 1
        assertEquals(25.0 / 28, value("AUPRC", in), 1e-12);
    }

    @Test
    void logLossAndEceByHand() {
        MetricInput in = MetricInput.classification(new int[] {1, 0}, 2, new double[][] {{.2, .8}, {.6, .4}}, null);
        assertEquals(-(Math.log(.8) + Math.log(.6)) / 2, value("Log-Loss", in), 1e-12);
        // calibrated: confidence .75, three of four right
        MetricInput calibrated = MetricInput.classification(new int[] {1, 1, 1, 0}, 2,
                new double[][] {{.25, .75}, {.25, .75}, {.25, .75}, {.25, .75}}, null);
        assertEquals(0.0, value("ECE", calibrated), 1e-12);
        // confidence 1, half right
        MetricInput overconfident = MetricInput.classification(new int[] {1, 0}, 2, new double[][] {{0, 1}, {0, 1}}, null);
        assertEquals(0.5, value("ECE", overconfident), 1e-12);
        assertEquals(-Math.log(LogLoss.EPS) / 2, value("Log-Loss", overconfident), 1e-9); // one certain mistake
    }

    @Test
    void undefinedIsNeverZero() {
        MetricInput oneClass = MetricInput.classification(new int[] {1, 1, 1}, 2,
                new double[][] {{.2, .8}, {.6, .4}, {.5, .5}}, null);
        assertTrue(undefined("AUROC", oneClass).contains("one class"));
        undefined("AUPRC", MetricInput.classification(new int[] {0, 0}, 2, new double[][] {{.2, .8}, {.6, .4}}, null));
        assertTrue(undefined("AUROC", MetricInput.classification(new int[] {0, 1}, 2, null, new int[] {0, 1}))
                .contains("no probabilities"));
        // three classes but two probability columns (the reference wrote 0.0 here)
        undefined("AUROC", MetricInput.classification(new int[] {0, 1, 2}, 3, new double[][] {{.5, .5}, {.5, .5}, {.5, .5}}, null));
        // a class absent in a three-class subset
        undefined("AUROC", MetricInput.classification(new int[] {0, 1, 1}, 3,
                new double[][] {{.5, .3, .2}, {.2, .5, .3}, {.3, .3, .4}}, null));
        assertTrue(undefined("Precision", MetricInput.classification(new int[] {0, 1}, 2, null, new int[] {0, 0}))
                .contains("predicted positive"));
        undefined("MCC", MetricInput.classification(new int[] {0, 1}, 2, null, new int[] {0, 0}));
        MetricInput flat = MetricInput.regression(new double[][] {{2}, {2}, {2}}, new double[][] {{1}, {2}, {3}});
        undefined("R2", flat);
        undefined("Pearson", flat);
        undefined("Spearman", MetricInput.regression(new double[][] {{1}, {2}, {3}}, new double[][] {{0}, {0}, {0}}));
        undefined("Accuracy", binary().withWeights(new double[8]));
        undefined("MSE", MetricInput.classification(new int[] {0}, 2, null, new int[] {0}));
    }

    @Test
    void weightsOfZeroDropSamples() {
        // dropping the two misclassified samples (indices 4 and 5) leaves a perfect classifier
        double[] w = {1, 1, 1, 1, 0, 0, 1, 1};
        assertEquals(1.0, value("Accuracy", binary().withWeights(w)), 1e-12);
        assertEquals(1.0, value("F1-Score", binary().withWeights(w)), 1e-12);
        assertEquals(1.0, value("AUROC", binary().withWeights(w)), 1e-12);
    }
}
