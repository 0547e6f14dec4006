package io.fmbench.spi.rank;

import java.util.Arrays;

/**
 * Order-preserving 64-bit keys of doubles (unsigned key order is numeric order, -0.0 is 0.0, NaN is rejected) and a
 * radix sort of the keys alone: O(n) with sequential reads, where sorting indices by score gathers at random. Keys
 * that differ in many bits (arbitrary doubles) are LSD-sorted on their top {@value #PREFIX_PASSES} digits only; the
 * short runs that share that prefix are then sorted on their remaining bits, which halves the passes over memory.
 */
public final class RadixKeys {

    static final int PREFIX_PASSES = 3;
    /** Ranges shorter than this are compared directly: a digit histogram would cost more than the sort. */
    private static final int SMALL = 256;
    private static final int SHORT_RUN = 32;

    private RadixKeys() {}

    /** The key of a non-NaN double. */
    public static long of(double v) {
        long b = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
        return b < 0 ? ~b : b ^ Long.MIN_VALUE;
    }

    /** Sorts keys[from, to) ascending as unsigned numbers; {@code scratch} is at least as long as keys. */
    public static void sort(long[] keys, int from, int to, long[] scratch) {
        if (to - from < SMALL) {
            for (int i = from; i < to; i++) keys[i] ^= Long.MIN_VALUE; // signed order of the flipped keys = unsigned order
            Arrays.sort(keys, from, to);
            for (int i = from; i < to; i++) keys[i] ^= Long.MIN_VALUE;
            return;
        }
        RadixDigits d = RadixDigits.of(keys, from, to);
        int first = d.passes() >= PREFIX_PASSES + 2 ? d.passes() - PREFIX_PASSES : 0; // skip two passes or none
        lsd(keys, from, to, scratch, d, first);
        if (first > 0) sortRuns(keys, from, to, scratch, d.low() + first * d.width());
    }

    /** LSD passes over digits first.., skipping those all keys share. */
    private static void lsd(long[] keys, int from, int to, long[] scratch, RadixDigits d, int first) {
        int n = to - from;
        int[] positions = d.histograms(keys, from, to, first);
        long[] src = keys, dst = scratch;
        for (int p = first; p < d.passes(); p++) {
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

    /**
     * Keys sorted on their bits from {@code shift} up: sorts each run sharing those bits on its lower bits, by
     * insertion when short (the usual case: a handful of keys), else recursively.
     */
    private static void sortRuns(long[] keys, int from, int to, long[] scratch, int shift) {
        for (int start = from; start < to; ) {
            long prefix = keys[start] >>> shift;
            int end = start + 1;
            while (end < to && keys[end] >>> shift == prefix) end++;
            if (end - start > SHORT_RUN) sort(keys, start, end, scratch);
            else for (int i = start + 1; i < end; i++) {
                long k = keys[i];
                int j = i - 1;
                for (; j >= start && Long.compareUnsigned(keys[j], k) > 0; j--) keys[j + 1] = keys[j];
                keys[j + 1] = k;
            }
            start = end;
        }
    }
}
