package io.fmbench.plugin.datasinglecell;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The benchmark's declared preprocessing: library-size normalisation to {@code targetSum} counts per cell followed by
 * log1p (Seurat's LogNormalize, scanpy's normalize_total + log1p), then the {@code nTop} highly variable genes: those
 * with the largest variance of the log-normalised values across cells (population variance; ties to the lower gene
 * index). Selection uses no labels, so it may see every cell without leaking the answer.
 */
final class Preprocessing {

    private Preprocessing() {}

    /** log1p(targetSum * count / librarySize) per non-zero entry, for the given cells; a cell with no counts stays zero. */
    static double[] logNormalised(SparseCounts m, int[] cells, double targetSum) {
        double[] out = new double[m.value().length];
        for (int c : cells) {
            double lib = m.librarySize(c);
            if (lib <= 0) continue;
            for (int p = m.start()[c]; p < m.start()[c + 1]; p++) out[p] = Math.log1p(targetSum * m.value()[p] / lib);
        }
        return out;
    }

    /** Variance across the given cells of each gene's log-normalised value (zeros included). */
    static double[] geneVariance(SparseCounts m, int[] cells, double[] logValues) {
        double[] sum = new double[m.genes()], sq = new double[m.genes()];
        for (int c : cells) {
            for (int p = m.start()[c]; p < m.start()[c + 1]; p++) {
                double x = logValues[p];
                sum[m.gene()[p]] += x;
                sq[m.gene()[p]] += x * x;
            }
        }
        double n = cells.length;
        double[] var = new double[m.genes()];
        for (int g = 0; g < var.length; g++) {
            double mean = sum[g] / n;
            var[g] = Math.max(0, sq[g] / n - mean * mean);
        }
        return var;
    }

    /** Indices of the nTop largest values, returned in ascending gene order (ties: lower index first). */
    static int[] topGenes(double[] variance, int nTop) {
        int[] order = IntStream.range(0, variance.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(g -> -variance[g]).thenComparingInt(g -> g))
                .limit(nTop).mapToInt(Integer::intValue).toArray();
        Arrays.sort(order);
        return order;
    }

    /** Dense cells x selected-genes matrix (row-major floats) of the log-normalised values. */
    static float[] dense(SparseCounts m, int[] cells, double[] logValues, int[] genes) {
        int[] column = new int[m.genes()];
        Arrays.fill(column, -1);
        for (int j = 0; j < genes.length; j++) column[genes[j]] = j;
        float[] out = new float[cells.length * genes.length];
        for (int i = 0; i < cells.length; i++) {
            int c = cells[i];
            for (int p = m.start()[c]; p < m.start()[c + 1]; p++) {
                int j = column[m.gene()[p]];
                if (j >= 0) out[i * genes.length + j] = (float) logValues[p];
            }
        }
        return out;
    }
}
