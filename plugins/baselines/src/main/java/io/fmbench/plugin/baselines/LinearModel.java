package io.fmbench.plugin.baselines;

/**
 * Fitted linear scores in raw feature space: score_m(x) = w_m . x + b_m for each scored output m. Standardisation is
 * folded in (w / scale, b - w . mean / scale), so prediction never copies the data. For a two-class logistic model
 * (one scored output) class 0's score is 0.
 */
final class LinearModel {

    final double[][] w;
    final double[] b;

    LinearModel(double[][] w, double[] b) {
        this.w = w;
        this.b = b;
    }

    /** From parameters laid out per output as [w_1 .. w_d, b] in standardised space. */
    static LinearModel fromStandardised(double[] theta, int outputs, Features.Scaler s) {
        int d = s.mean.length;
        double[][] w = new double[outputs][d];
        double[] b = new double[outputs];
        for (int m = 0; m < outputs; m++) {
            int o = m * (d + 1);
            double shift = 0;
            for (int j = 0; j < d; j++) {
                w[m][j] = theta[o + j] / s.scale[j];
                shift += w[m][j] * s.mean[j];
            }
            b[m] = theta[o + d] - shift;
        }
        return new LinearModel(w, b);
    }

    /** Fills z (length classes) with the class scores of the row at x[off ..]; leading unscored classes get 0. */
    void scores(float[] x, int off, int d, double[] z) {
        int lead = z.length - w.length;
        for (int k = 0; k < lead; k++) z[k] = 0;
        for (int m = 0; m < w.length; m++) z[lead + m] = LinearKernels.dot(x, off, w[m], d) + b[m];
    }
}
