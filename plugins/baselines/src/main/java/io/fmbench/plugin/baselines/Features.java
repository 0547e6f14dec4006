package io.fmbench.plugin.baselines;

import io.fmbench.spi.Batch;
import io.fmbench.spi.ModelException;

/**
 * A numeric design matrix, row-major float32 (n x d), as the baseline models see it (the batch's own array: never
 * copied, since 40k x 4096 inputs already take 650 MB). Standardisation, when asked for, uses the training split's
 * mean and standard deviation only (a constant feature keeps scale 1); the models fold it into their weights rather
 * than scaling a copy of the data.
 */
final class Features {

    final int rows;
    final int cols;
    final float[] x;

    private Features(int rows, int cols, float[] x) {
        this.rows = rows;
        this.cols = cols;
        this.x = x;
    }

    static Features of(Batch batch, String model) throws ModelException {
        if (batch.inputs() == null)
            throw new ModelException("the " + model + " baseline needs numeric inputs; this dataset gives only sequences "
                    + "(use a loader that encodes them, e.g. k-mer counts)");
        return new Features(batch.size(), batch.inputs().sampleSize(), batch.inputs().data());
    }

    /** Column means and scales of these rows, for {@link #scaled}. */
    static final class Scaler {
        final double[] mean;
        final double[] scale;

        Scaler(double[] mean, double[] scale) {
            this.mean = mean;
            this.scale = scale;
        }

        static Scaler identity(int cols) {
            double[] one = new double[cols];
            java.util.Arrays.fill(one, 1);
            return new Scaler(new double[cols], one);
        }
    }

    /** Mean and population standard deviation per column (as scikit-learn's StandardScaler), or the identity. */
    Scaler fitScaler(boolean standardize) {
        return standardize ? centering(true) : Scaler.identity(cols);
    }

    /** Column means, with the standard deviations as scales when {@code scaled}, else scales of 1. */
    Scaler centering(boolean scaled) {
        double[] mean = new double[cols], sq = new double[cols];
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < cols; j++) mean[j] += x[o + j];
        }
        for (int j = 0; j < cols; j++) mean[j] /= rows;
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                double d = x[o + j] - mean[j];
                sq[j] += d * d;
            }
        }
        double[] scale = new double[cols];
        for (int j = 0; j < cols; j++) {
            double sd = Math.sqrt(sq[j] / rows);
            scale[j] = scaled && sd > 1e-12 ? sd : 1;
        }
        return new Scaler(mean, scale);
    }

    void requireCols(int expected, String model) throws ModelException {
        if (cols != expected)
            throw new ModelException("the " + model + " baseline was fitted on " + expected + " features per sample but got " + cols);
    }
}
