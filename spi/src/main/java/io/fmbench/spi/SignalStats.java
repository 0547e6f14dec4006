package io.fmbench.spi;

/**
 * Whole-dataset moments of the input values, computed once by the kernel before a probe runs, so that probes whose
 * strength is relative to the data (noise at an SNR, intensity shift in units of the standard deviation, contrast about
 * the mean) use the same scale for every batch, as the reference does with the whole array.
 *
 * @param count      number of values summarised
 * @param mean       mean of the values
 * @param meanSquare mean of the squared values (the signal power)
 */
public record SignalStats(long count, double mean, double meanSquare) {

    /** Signal power, mean(x^2). */
    public double power() {
        return meanSquare;
    }

    /** Population standard deviation (ddof = 0), never negative. */
    public double std() {
        return Math.sqrt(Math.max(0.0, meanSquare - mean * mean));
    }

    /** Moments of the given values (used when a probe runs outside the kernel, e.g. in tests). */
    public static SignalStats of(float[] values) {
        return of(values, 0, values.length);
    }

    /** Moments of values[from .. to), e.g. one sample of a batch (since 1.3.0). */
    public static SignalStats of(float[] values, int from, int to) {
        double sum = 0, sq = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
            sq += (double) values[i] * values[i];
        }
        int n = to - from;
        return n == 0 ? new SignalStats(0, 0, 0) : new SignalStats(n, sum / n, sq / n);
    }
}
