package io.fmbench.kernel.stats;

/**
 * How to bootstrap.
 *
 * @param resamples     number of resamples (the suite's setting; 1000 by default)
 * @param seed          seed of the resample streams
 * @param level         coverage of the interval, e.g. 0.95
 * @param threads       worker threads (1 = the calling thread); the result does not depend on it
 * @param bcaMaxSamples BCa needs n leave-one-out evaluations: done when n is at most this, else percentile
 * @param strata        group per sample to resample within (e.g. the true classes, so every resample keeps the class
 *                      counts), or null for plain resampling of all samples
 */
public record BootstrapOptions(int resamples, long seed, double level, int threads, int bcaMaxSamples, int[] strata) {

    public static final int DEFAULT_RESAMPLES = 1000;
    public static final int DEFAULT_BCA_MAX_SAMPLES = 5000;

    public BootstrapOptions {
        if (resamples < 1) throw new IllegalArgumentException("bootstrap resamples must be at least 1, got " + resamples);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        strata = strata == null ? null : strata.clone();
    }

    /** 1000 resamples, 95 %, single thread, BCa up to 5000 samples, no strata. */
    public static BootstrapOptions defaults(long seed) {
        return new BootstrapOptions(DEFAULT_RESAMPLES, seed, 0.95, 1, DEFAULT_BCA_MAX_SAMPLES, null);
    }

    public BootstrapOptions withResamples(int r) {
        return new BootstrapOptions(r, seed, level, threads, bcaMaxSamples, strata);
    }

    public BootstrapOptions withThreads(int t) {
        return new BootstrapOptions(resamples, seed, level, t, bcaMaxSamples, strata);
    }

    public BootstrapOptions withStrata(int[] s) {
        return new BootstrapOptions(resamples, seed, level, threads, bcaMaxSamples, s);
    }

    public BootstrapOptions withBcaMaxSamples(int m) {
        return new BootstrapOptions(resamples, seed, level, threads, m, strata);
    }
}
