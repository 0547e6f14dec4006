package io.fmbench.spi.rank;

/**
 * Unweighted binary AUROC from scratch, as Mann-Whitney U / (n+ n-) with ties counting 1/2: the value of
 * a sort-based AUROC without an index permutation (whose random gathers dominate at 10^7 samples). The
 * scores are split by class into order-preserving keys, each class's keys are radix-sorted, and one merge counts
 * the negatives below, and tied with, each positive. Only sequential memory access.
 */
public final class MannWhitneyAuroc {

    private MannWhitneyAuroc() {}

    /** AUROC of the scores, NaN when one class is absent. */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length)
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        int n = scores.length, np = 0, q = n;
        long[] keys = new long[n]; // positives from the front, negatives from the back: no counting pass first
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) throw new IllegalArgumentException("score " + i + " is not a number");
            long k = RadixKeys.of(scores[i]);
            int pos = positive[i] ? 1 : 0;
            keys[np] = k; // both free slots get the key and only one is kept: no branch on the (unpredictable) label
            keys[q - 1] = k;
            np += pos;
            q -= 1 - pos;
        }
        if (np == 0 || np == n) return Double.NaN;
        long[] scratch = new long[n];
        RadixKeys.sort(keys, 0, np, scratch);
        RadixKeys.sort(keys, np, n, scratch);
        return twiceU(keys, np) / (2.0 * np * (n - np)); // exact integers up to 2^53: the same rounding as a sweep over sorted scores
    }

    /** 2U: for each positive, twice the negatives below it plus the negatives tied with it (keys sorted per class). */
    static long twiceU(long[] keys, int np) {
        int n = keys.length, below = np;
        long sum = 0, last = 0;
        for (int i = 0; i < np; i++) {
            long k = keys[i];
            if (i == 0 || k != keys[i - 1]) {
                while (below < n && Long.compareUnsigned(keys[below], k) < 0) below++;
                int tied = below;
                while (tied < n && keys[tied] == k) tied++;
                last = 2L * (below - np) + (tied - below);
            }
            sum += last;
        }
        return sum;
    }
}
