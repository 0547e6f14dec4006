package io.fmbench.plugin.datafmri;

/** Helpers on one subject's ROI time series stored time-major: x[t * regions + r]. */
final class TimeSeries {

    private TimeSeries() {}

    /**
     * Number of time points up to the last one where any region is non-zero: the real length of a series that was
     * zero-padded at the end to fit a rectangular array.
     */
    static int realLength(float[] x, int time, int regions) {
        for (int t = time - 1; t >= 0; t--) {
            for (int r = 0; r < regions; r++) if (x[t * regions + r] != 0f) return t + 1;
        }
        return 0;
    }

    /**
     * Upper-triangle (i &lt; j, row by row) Pearson correlations between regions over the first {@code length} time
     * points, optionally Fisher z-transformed (atanh, with |r| capped just below 1). A constant region correlates 0.
     */
    static float[] connectivity(float[] x, int length, int regions, boolean fisherZ) {
        double[][] z = new double[regions][length];
        for (int r = 0; r < regions; r++) {
            double mean = 0;
            for (int t = 0; t < length; t++) mean += x[t * regions + r];
            mean /= length;
            double ss = 0;
            for (int t = 0; t < length; t++) {
                double d = x[t * regions + r] - mean;
                z[r][t] = d;
                ss += d * d;
            }
            double norm = ss > 0 ? 1 / Math.sqrt(ss) : 0;
            for (int t = 0; t < length; t++) z[r][t] *= norm;
        }
        float[] out = new float[regions * (regions - 1) / 2];
        int k = 0;
        for (int i = 0; i < regions; i++) {
            for (int j = i + 1; j < regions; j++) {
                double s = 0;
                for (int t = 0; t < length; t++) s += z[i][t] * z[j][t];
                if (fisherZ) {
                    double c = Math.max(-0.9999999, Math.min(0.9999999, s));
                    s = 0.5 * Math.log((1 + c) / (1 - c));
                }
                out[k++] = (float) s;
            }
        }
        return out;
    }
}
