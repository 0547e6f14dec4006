package io.fmbench.kernel.stats;

/**
 * Indices that sort a double array ascending, by an LSD radix sort on the order-preserving bit pattern of the values
 * (11-bit digits, all digit histograms counted in one pass, digits shared by every value skipped). Stable and O(n),
 * where a comparison sort of boxed indices is O(n log n) with a large constant. NaN is rejected; -0.0 sorts as 0.0.
 */
public final class RadixOrder {

    private static final int BITS = 11, BUCKETS = 1 << BITS, MASK = BUCKETS - 1, PASSES = (64 + BITS - 1) / BITS;

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
        int[][] count = new int[PASSES][BUCKETS];
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isNaN(v)) throw new IllegalArgumentException("score " + i + " is not a number");
            long b = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
            long k = b < 0 ? ~b : b ^ Long.MIN_VALUE; // unsigned order == numeric order
            key[i] = k;
            idx[i] = i;
            for (int p = 0; p < PASSES; p++) count[p][(int) (k >>> (p * BITS)) & MASK]++;
        }
        for (int p = 0; p < PASSES && n > 0; p++) {
            int shift = p * BITS;
            int[] c = count[p];
            if (c[(int) (key[0] >>> shift) & MASK] == n) continue; // every value shares this digit
            for (int b = 0, sum = 0; b < BUCKETS; b++) {
                int x = c[b];
                c[b] = sum;
                sum += x;
            }
            for (int i = 0; i < n; i++) {
                long k = key[i];
                int pos = c[(int) (k >>> shift) & MASK]++;
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
