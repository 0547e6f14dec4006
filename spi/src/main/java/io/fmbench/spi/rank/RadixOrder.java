package io.fmbench.spi.rank;

/**
 * Indices that sort a double array ascending, by an LSD radix sort on the order-preserving keys of the values
 * ({@link RadixKeys}, digits over the bits where the values differ, see {@link RadixDigits}). Stable and O(n),
 * where a comparison sort of boxed indices is O(n log n) with a large constant. NaN is rejected; -0.0 sorts as 0.0.
 */
public final class RadixOrder {

    /** The permutation and the sorted keys (equal keys = equal values, so tie groups need no look-up). */
    public record Sorted(int[] order, long[] keys) {}

    private RadixOrder() {}

    public static int[] ascending(double[] values) {
        return sort(values).order();
    }

    public static Sorted sort(double[] values) {
        int n = values.length;
        long[] key = new long[n], keyTmp = new long[n];
        int[] idx = new int[n], idxTmp = new int[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) throw new IllegalArgumentException("score " + i + " is not a number");
            key[i] = RadixKeys.of(values[i]);
            idx[i] = i;
        }
        if (n < 2) return new Sorted(idx, key);
        RadixDigits d = RadixDigits.of(key, 0, n);
        int[] positions = d.histograms(key, 0, n, 0);
        for (int p = 0; p < d.passes(); p++) {
            if (!d.toPositions(positions, p, n, 0, key[0])) continue;
            int base = p * d.buckets();
            for (int i = 0; i < n; i++) {
                long k = key[i];
                int pos = positions[base + d.digit(k, p)]++;
                keyTmp[pos] = k;
                idxTmp[pos] = idx[i];
            }
            long[] t = key;
            key = keyTmp;
            keyTmp = t;
            int[] x = idx;
            idx = idxTmp;
            idxTmp = x;
        }
        return new Sorted(idx, key);
    }
}
