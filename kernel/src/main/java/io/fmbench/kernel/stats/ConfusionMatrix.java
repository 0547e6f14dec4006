package io.fmbench.kernel.stats;

/**
 * Counts of (true class, predicted class) for the report. Rows are true classes, columns predicted ones; the size is
 * the larger of the class count and the largest label + 1.
 */
public record ConfusionMatrix(long[][] counts) {

    public ConfusionMatrix {
        counts = deepCopy(counts);
    }

    public static ConfusionMatrix of(int[] truth, int[] predicted, int classCount) {
        if (truth.length != predicted.length)
            throw new IllegalArgumentException(predicted.length + " predictions for " + truth.length + " samples");
        int k = classCount;
        for (int i = 0; i < truth.length; i++) k = Math.max(k, Math.max(truth[i], predicted[i]) + 1);
        long[][] m = new long[k][k];
        for (int i = 0; i < truth.length; i++) m[truth[i]][predicted[i]]++;
        return new ConfusionMatrix(m);
    }

    public int size() {
        return counts.length;
    }

    public long get(int truth, int predicted) {
        return counts[truth][predicted];
    }

    /** Samples whose true class is c. */
    public long support(int c) {
        long s = 0;
        for (long v : counts[c]) s += v;
        return s;
    }

    /** Samples predicted as c. */
    public long predicted(int c) {
        long s = 0;
        for (long[] row : counts) s += row[c];
        return s;
    }

    @Override
    public long[][] counts() {
        return deepCopy(counts);
    }

    private static long[][] deepCopy(long[][] a) {
        long[][] c = new long[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
