package io.fmbench.kernel.stats;

/**
 * Indices that sort a double array ascending, by an LSD radix sort on the order-preserving bit pattern of the values
 * (11-bit digits, digits shared by every value skipped). Stable and O(n): 10^7 scores sort in about 0.1 s, where a
 * comparison sort of indices takes a second. NaN is rejected.
 */
public final class RadixOrder {

    private static final int BITS = 11, BUCKETS = 1 << BITS, MASK = BUCKETS - 1;

    private RadixOrder() {}

    public static int[] ascending(double[] values) {
        int n = values.length;
        long[] key = new long[n], keyTmp = new long[n];
        int[] idx = new int[n], idxTmp = new int[n];
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isNaN(v)) throw new IllegalArgumentException("score " + i + " is not a number");
            long b = Double.doubleToRawLongBits(v);
            key[i] = b < 0 ? ~b : b ^ Long.MIN_VALUE; // unsigned order == numeric order
            idx[i] = i;
        }
        int[] count = new int[BUCKETS];
        for (int shift = 0; shift < 64; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) (key[i] >>> shift) & MASK]++;
            if (n == 0 || count[(int) (key[0] >>> shift) & MASK] == n) continue; // every value shares this digit
            for (int b = 0, sum = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int pos = count[(int) (key[i] >>> shift) & MASK]++;
                keyTmp[pos] = key[i];
                idxTmp[pos] = idx[i];
            }
            long[] k = key;
            key = keyTmp;
            keyTmp = k;
            int[] x = idx;
            idx = idxTmp;
            idxTmp = x;
        }
        return idx;
    }
}
