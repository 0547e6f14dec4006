package io.fmbench.kernel.stats;

/**
 * Agreement of a clustering with the true classes, from their contingency table of (weighted) counts, so bootstrap
 * multiplicities need no copy of the data: the adjusted Rand index (Hubert and Arabie 1985) and the normalised mutual
 * information with the arithmetic-mean normaliser (sklearn's default). Both are 1 for identical partitions, also the
 * trivial ones (one group each, or singletons each), as in sklearn.
 */
public final class ClusterAgreement {

    private ClusterAgreement() {}

    /** table[i][j]: weight of the samples of class i put in cluster j (weights null = all ones). */
    public static double[][] table(int[] classes, int classCount, int[] clusters, int clusterCount, double[] weights) {
        double[][] t = new double[classCount][clusterCount];
        for (int s = 0; s < classes.length; s++) t[classes[s]][clusters[s]] += weights == null ? 1 : weights[s];
        return t;
    }

    public static double adjustedRand(double[][] t) {
        double index = 0, rows = 0, cols = 0, n = 0;
        double[] colSum = new double[t[0].length];
        for (double[] row : t) {
            double r = 0;
            for (int j = 0; j < row.length; j++) {
                index += pairs(row[j]);
                r += row[j];
                colSum[j] += row[j];
            }
            rows += pairs(r);
            n += r;
        }
        for (double c : colSum) cols += pairs(c);
        double expected = rows * cols / pairs(n), max = (rows + cols) / 2;
        if (max == expected) return 1; // both partitions trivial in the same way
        return (index - expected) / (max - expected);
    }

    public static double normalisedMutualInfo(double[][] t) {
        double n = 0;
        double[] rowSum = new double[t.length], colSum = new double[t[0].length];
        for (int i = 0; i < t.length; i++)
            for (int j = 0; j < t[i].length; j++) {
                rowSum[i] += t[i][j];
                colSum[j] += t[i][j];
                n += t[i][j];
            }
        double mi = 0;
        for (int i = 0; i < t.length; i++)
            for (int j = 0; j < t[i].length; j++)
                if (t[i][j] > 0) mi += t[i][j] / n * Math.log(n * t[i][j] / (rowSum[i] * colSum[j]));
        double norm = (entropy(rowSum, n) + entropy(colSum, n)) / 2;
        if (norm == 0) return 1; // one group on both sides
        return Math.max(0, mi) / norm;
    }

    private static double pairs(double m) {
        return m * (m - 1) / 2;
    }

    private static double entropy(double[] counts, double n) {
        double h = 0;
        for (double c : counts) if (c > 0) h -= c / n * Math.log(c / n);
        return h;
    }
}
