package io.fmbench.dist;

import io.fmbench.spi.npy.Npy;
import java.nio.file.Path;

/** Textbook scores computed in the test, independently of fmbench, to check the numbers a run writes. */
final class HandScores {

    private HandScores() {}

    /** The toy classification set as a test sees it: features (row-major) and labels. */
    record Data(float[] x, int features, int[] y) {
        static Data read(Path dir) throws Exception {
            double[] labels = Npy.readDoubles(dir.resolve("y.npy"));
            int[] y = new int[labels.length];
            for (int i = 0; i < y.length; i++) y[i] = (int) labels[i];
            float[] x = Npy.readFloats(dir.resolve("X.npy"));
            return new Data(x, x.length / y.length, y);
        }

        float at(int row, int col) {
            return x[row * features + col];
        }
    }

    /** AUROC as the Mann-Whitney probability that a positive outscores a negative (ties count half). */
    static double auroc(double[] score, int[] y) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < y.length; i++)
            for (int j = 0; j < y.length; j++)
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
                }
        return wins / pairs;
    }

    /** Share of samples whose predicted class (score above the threshold means class 1) is the true one. */
    static double accuracy(double[] score, double threshold, int[] y) {
        int right = 0;
        for (int i = 0; i < y.length; i++) if ((score[i] > threshold ? 1 : 0) == y[i]) right++;
        return right / (double) y.length;
    }

    /** Python's round(v, 4), as eval.yaml writes numbers. */
    static double round4(double v) {
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
