package io.fmbench.kernel.stats;

import java.util.SplittableRandom;

/**
 * Independent random streams addressed by (seed, index), so that resample r sees the same numbers whichever thread runs
 * it and in whatever order ({@code SplittableRandom.split()} would depend on the order of the calls).
 */
public final class Streams {

    private Streams() {}

    /** The stream for item {@code index} of a run seeded with {@code seed}. */
    public static SplittableRandom of(long seed, long index) {
        return new SplittableRandom(mix(mix(seed) + 0x9E3779B97F4A7C15L * (index + 1)));
    }

    /** SplitMix64's finaliser: a bijection that spreads nearby inputs over the whole 64-bit range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
