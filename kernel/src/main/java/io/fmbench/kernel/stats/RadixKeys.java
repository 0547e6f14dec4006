package io.fmbench.kernel.stats;

/**
 * Order-preserving 64-bit keys of doubles (unsigned key order is numeric order, -0.0 is 0.0, NaN is rejected) and an
 * LSD radix sort of the keys alone: O(n) with sequential reads, where sorting indices by score gathers at random.
 */
final class RadixKeys {

    private RadixKeys() {}

    /** The key of a non-NaN double. */
    static long of(double v) {
        long b = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
        return b < 0 ? ~b : b ^ Long.MIN_VALUE;
    }

    /** Sorts keys[from, to) ascending as unsigned numbers; {@code scratch} is at least as long as keys. */
    static void sort(long[] keys, int from, int to, long[] scratch) {
        int n = to - from;
        if (n < 2) return;
        RadixDigits d = RadixDigits.of(keys, from, to);
        int[] positions = d.histograms(keys, from, to);
        long[] src = keys, dst = scratch;
        for (int p = 0; p < d.passes(); p++) {
            if (!d.toPositions(positions, p, n, from, keys[from])) continue;
            int base = p * d.buckets();
            for (int i = from; i < to; i++) {
                long k = src[i];
                dst[positions[base + d.digit(k, p)]++] = k;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        if (src != keys) System.arraycopy(src, from, keys, from, n);
    }
}
