package io.fmbench.plugin.baselines;

/**
 * The two passes over the data that dominate training time: scores X w (a dot product per row and output) and the
 * transposed product X^T r (an axpy per row and output). float32 inputs, double accumulation; eight independent
 * accumulators let the CPU overlap the additions.
 */
final class LinearKernels {

    private LinearKernels() {}

    /** x[off .. off+len) . w */
    static double dot(float[] x, int off, double[] w, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int j = 0;
        for (; j + 8 <= len; j += 8) {
            int o = off + j;
            s0 += x[o] * w[j];
            s1 += x[o + 1] * w[j + 1];
            s2 += x[o + 2] * w[j + 2];
            s3 += x[o + 3] * w[j + 3];
            s4 += x[o + 4] * w[j + 4];
            s5 += x[o + 5] * w[j + 5];
            s6 += x[o + 6] * w[j + 6];
            s7 += x[o + 7] * w[j + 7];
        }
        for (; j < len; j++) s0 += x[off + j] * w[j];
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** acc += a * x[off .. off+len) */
    static void axpy(double a, float[] x, int off, double[] acc, int len) {
        for (int j = 0; j < len; j++) acc[j] += a * x[off + j];
    }
}
