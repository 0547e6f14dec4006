package io.fmbench.kernel.toydata;

/**
 * Oscillations whose frequency carries the class (8 Hz + 4 Hz per class), with a harmonic, a channel-specific
 * component and white noise, then one global z-score, as the reference's generate_timeseries_data (spec §5.1).
 */
final class TimeSeriesData {

    private TimeSeriesData() {}

    static float[] make(ToyRandom r, long[] y, int channels, int length, int fs) {
        int n = y.length;
        double[] x = new double[n * channels * length];
        for (int i = 0; i < n; i++) {
            double f0 = 8 + 4 * y[i];
            for (int c = 0; c < channels; c++) {
                double p1 = r.uniform(0, 2 * Math.PI), p2 = r.uniform(0, 2 * Math.PI), p3 = r.uniform(0, 2 * Math.PI);
                int o = (i * channels + c) * length;
                for (int t = 0; t < length; t++) {
                    double s = t / (double) fs;
                    x[o + t] = Math.sin(2 * Math.PI * f0 * s + p1) + 0.5 * Math.sin(2 * Math.PI * 2 * f0 * s + p2)
                            + 0.3 * Math.sin(2 * Math.PI * (c + 1) * s + p3) + 0.2 * r.gaussian();
                }
            }
        }
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double var = 0;
        for (double v : x) var += (v - mean) * (v - mean);
        double sd = Math.sqrt(var / x.length) + 1e-8;
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) out[i] = (float) ((x[i] - mean) / sd);
        return out;
    }
}
