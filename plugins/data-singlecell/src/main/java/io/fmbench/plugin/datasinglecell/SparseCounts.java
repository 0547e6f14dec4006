package io.fmbench.plugin.datasinglecell;

/**
 * A genes x cells count matrix stored by cell (compressed sparse columns): the non-zero gene indices and values of
 * cell c are at [start[c], start[c + 1]).
 */
record SparseCounts(int genes, int cells, int[] start, int[] gene, double[] value) {

    /** Sum of the counts of one cell (its library size). */
    double librarySize(int cell) {
        double s = 0;
        for (int p = start[cell]; p < start[cell + 1]; p++) s += value[p];
        return s;
    }
}
