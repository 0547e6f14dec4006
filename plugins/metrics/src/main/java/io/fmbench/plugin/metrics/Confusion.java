package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricInput;

/**
 * Weighted confusion matrix [true][predicted]. Its size is the larger of k and the largest predicted label + 1, so a
 * model that predicts an unknown class is counted as wrong rather than crashing.
 */
final class Confusion {

    final double[][] m;
    final int size;

    private Confusion(double[][] m) {
        this.m = m;
        this.size = m.length;
    }

    /** The matrix of an input that passed {@link Inputs#labelProblem}. */
    static Confusion of(MetricInput in) {
        int[] y = in.classes(), p = Inputs.predicted(in);
        int size = in.classCount();
        for (int c : p) size = Math.max(size, c + 1);
        double[][] m = new double[size][size];
        for (int i = 0; i < y.length; i++) m[y[i]][p[i]] += in.weight(i);
        return new Confusion(m);
    }

    double tp(int c) {
        return m[c][c];
    }

    /** Weight of samples whose true class is c. */
    double actual(int c) {
        double s = 0;
        for (int j = 0; j < size; j++) s += m[c][j];
        return s;
    }

    /** Weight of samples predicted as c. */
    double predicted(int c) {
        double s = 0;
        for (int i = 0; i < size; i++) s += m[i][c];
        return s;
    }

    double total() {
        double s = 0;
        for (double[] row : m) for (double v : row) s += v;
        return s;
    }

    double trace() {
        double s = 0;
        for (int c = 0; c < size; c++) s += m[c][c];
        return s;
    }

    /** Whether class c occurs in y_true or y_pred (sklearn's label set for macro averages). */
    boolean present(int c) {
        return actual(c) > 0 || predicted(c) > 0;
    }

    /** tp / (tp + fp), 0 when nothing is predicted as c (sklearn's zero_division=0). */
    double precisionOrZero(int c) {
        double p = predicted(c);
        return p > 0 ? tp(c) / p : 0;
    }

    /** tp / (tp + fn), 0 when c never occurs. */
    double recallOrZero(int c) {
        double a = actual(c);
        return a > 0 ? tp(c) / a : 0;
    }

    /** 2 tp / (2 tp + fp + fn): equals 2PR/(P+R) with zero_division=0. */
    double f1OrZero(int c) {
        double d = actual(c) + predicted(c);
        return d > 0 ? 2 * tp(c) / d : 0;
    }

    /** tn / (tn + fp), 0 when every sample is of class c. */
    double specificityOrZero(int c) {
        double negatives = total() - actual(c);
        return negatives > 0 ? (negatives - (predicted(c) - tp(c))) / negatives : 0;
    }

    /** Unweighted mean of a per-class value over the classes present in y_true or y_pred. */
    double macro(java.util.function.IntToDoubleFunction perClass) {
        double sum = 0;
        int count = 0;
        for (int c = 0; c < size; c++) {
            if (!present(c)) continue;
            sum += perClass.applyAsDouble(c);
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
