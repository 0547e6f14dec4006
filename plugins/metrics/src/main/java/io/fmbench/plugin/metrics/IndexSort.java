package io.fmbench.plugin.metrics;

/** Sorting of indices by a key without boxing (a bottom-up merge sort: stable, O(n log n), fine for 10^7 samples). */
final class IndexSort {

    private IndexSort() {}

    /** Indices 0..n-1 ordered by ascending {@code key}; equal keys keep index order. */
    static int[] ascending(double[] key) {
        int n = key.length;
        int[] a = new int[n], b = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
                int i = lo, j = mid, o = lo;
                while (i < mid && j < hi) b[o++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                while (i < mid) b[o++] = a[i++];
                while (j < hi) b[o++] = a[j++];
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
