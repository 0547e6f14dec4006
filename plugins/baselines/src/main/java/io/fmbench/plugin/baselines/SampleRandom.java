package io.fmbench.plugin.baselines;

/**
 * Counter-based randomness keyed by (seed, sample id): a sample gets the same draws whatever the batch it arrives in,
 * the batch size, or the order of the run.
 */
final class SampleRandom {

    private SampleRandom() {}

    /** The j-th uniform draw in [0, 1) for a sample. */
    static double uniform(long seed, String sampleId, int j) {
        long h = mix(seed ^ mix(sampleId.hashCode() * 0x9E3779B97F4A7C15L + j));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
