package io.fmbench.plugin.datafmri;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which time points of a subject are hidden: {@code round(fraction * time / block)} non-overlapping blocks of
 * {@code block} consecutive time points, drawn from a generator seeded by (seed, subject index) so the mask does not
 * depend on which other subjects are loaded.
 */
final class TimeMask {

    private TimeMask() {}

    /** Sorted masked time indices; every subject of a dataset gets the same number. */
    static int[] draw(int time, double fraction, int block, long seed, int subject) {
        int slots = time / block;
        int blocks = (int) Math.round(fraction * time / block);
        blocks = Math.max(1, Math.min(blocks, slots - 1));
        int[] slot = new int[slots];
        for (int i = 0; i < slots; i++) slot[i] = i;
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + subject);
        for (int i = 0; i < blocks; i++) {
            int j = i + r.nextInt(slots - i);
            int t = slot[i];
            slot[i] = slot[j];
            slot[j] = t;
        }
        int[] chosen = Arrays.copyOf(slot, blocks);
        Arrays.sort(chosen);
        int[] out = new int[blocks * block];
        for (int b = 0; b < blocks; b++) for (int k = 0; k < block; k++) out[b * block + k] = chosen[b] * block + k;
        return out;
    }
}
