package io.fmbench.plugin.datasinglecell;

import io.fmbench.spi.DataException;
import io.fmbench.spi.table.DelimitedTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a MatrixMarket {@code coordinate} file (integer or real, general; optionally gzipped), 1-based indices, as a
 * {@link SparseCounts} of rows = genes and columns = cells (the 10x layout). Duplicate entries are summed.
 */
final class MatrixMarket {

    private MatrixMarket() {}

    static SparseCounts read(Path file) throws DataException {
        try (BufferedReader r = DelimitedTable.open(file)) {
            String banner = r.readLine();
            if (banner == null || !banner.toLowerCase(Locale.ROOT).startsWith("%%matrixmarket matrix coordinate"))
                throw new DataException(file + ": not a MatrixMarket coordinate file (first line '" + banner + "'); write it with scipy.io.mmwrite or Matrix::writeMM");
            String b = banner.toLowerCase(Locale.ROOT);
            if (b.contains("complex") || b.contains("pattern"))
                throw new DataException(file + ": MatrixMarket field must be integer or real, got '" + banner + "'");
            if (!b.contains("general")) throw new DataException(file + ": only 'general' (not symmetric) matrices are supported");
            String line;
            int lineNo = 1;
            do {
                line = r.readLine();
                lineNo++;
            } while (line != null && (line.startsWith("%") || line.isBlank()));
            if (line == null) throw new DataException(file + ": no size line (rows cols entries)");
            long[] size = numbers(line, 3, file, lineNo);
            int rows = Math.toIntExact(size[0]), cols = Math.toIntExact(size[1]), nnz = Math.toIntExact(size[2]);
            int[] ri = new int[nnz], ci = new int[nnz];
            double[] v = new double[nnz];
            int n = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("%")) continue;
                if (n == nnz) throw new DataException(file + ": more entries than the " + nnz + " the size line promises (line " + lineNo + ")");
                Entry e = entry(line, file, lineNo);
                if (e.row < 1 || e.row > rows || e.col < 1 || e.col > cols)
                    throw new DataException(file + ": line " + lineNo + " has index (" + e.row + ", " + e.col + ") outside " + rows + " x " + cols);
                if (!(e.value >= 0) || Double.isInfinite(e.value))
                    throw new DataException(file + ": line " + lineNo + " has count " + e.value + "; counts must be finite and not negative");
                ri[n] = e.row - 1;
                ci[n] = e.col - 1;
                v[n++] = e.value;
            }
            if (n != nnz) throw new DataException(file + ": the size line promises " + nnz + " entries but the file has " + n + " (truncated?)");
            return byColumn(rows, cols, ri, ci, v);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private record Entry(int row, int col, double value) {}

    /** Parses "i j v" without regex or String.split: 2 million lines must not take seconds. */
    private static Entry entry(String line, Path file, int lineNo) throws DataException {
        int p = 0, len = line.length();
        int[] ij = new int[2];
        for (int f = 0; f < 2; f++) {
            while (p < len && line.charAt(p) <= ' ') p++;
            int v = 0, digits = 0;
            while (p < len && line.charAt(p) >= '0' && line.charAt(p) <= '9') {
                v = v * 10 + (line.charAt(p++) - '0');
                digits++;
            }
            if (digits == 0 || digits > 9) throw bad(file, lineNo, line);
            ij[f] = v;
        }
        while (p < len && line.charAt(p) <= ' ') p++;
        int end = p;
        while (end < len && line.charAt(end) > ' ') end++;
        if (end == p) throw bad(file, lineNo, line);
        double value;
        try {
            value = Double.parseDouble(line.substring(p, end));
        } catch (NumberFormatException e) {
            throw bad(file, lineNo, line);
        }
        return new Entry(ij[0], ij[1], value);
    }

    private static DataException bad(Path file, int lineNo, String line) {
        return new DataException(file + ": line " + lineNo + " is not 'row col value' ('" + line.strip() + "')");
    }

    private static long[] numbers(String line, int count, Path file, int lineNo) throws DataException {
        String[] parts = line.strip().split("\\s+");
        if (parts.length != count) throw new DataException(file + ": line " + lineNo + " should hold " + count + " numbers (rows cols entries)");
        long[] out = new long[count];
        try {
            for (int i = 0; i < count; i++) out[i] = Long.parseLong(parts[i]);
        } catch (NumberFormatException e) {
            throw new DataException(file + ": line " + lineNo + " should hold " + count + " whole numbers (rows cols entries)");
        }
        return out;
    }

    /** Counting sort of the entries by column, then by row within a column; duplicates summed. */
    private static SparseCounts byColumn(int rows, int cols, int[] ri, int[] ci, double[] v) {
        int[] start = new int[cols + 1];
        for (int c : ci) start[c + 1]++;
        for (int c = 0; c < cols; c++) start[c + 1] += start[c];
        int[] fill = start.clone();
        int[] gene = new int[v.length];
        double[] value = new double[v.length];
        for (int e = 0; e < v.length; e++) {
            int at = fill[ci[e]]++;
            gene[at] = ri[e];
            value[at] = v[e];
        }
        int[] outStart = new int[cols + 1];
        int w = 0;
        for (int c = 0; c < cols; c++) {
            int from = start[c], to = start[c + 1];
            sortSegment(gene, value, from, to);
            for (int p = from; p < to; p++) {
                if (w > outStart[c] && gene[w - 1] == gene[p]) value[w - 1] += value[p];
                else {
                    gene[w] = gene[p];
                    value[w++] = value[p];
                }
            }
            outStart[c + 1] = w;
        }
        return new SparseCounts(rows, cols, outStart, java.util.Arrays.copyOf(gene, w), java.util.Arrays.copyOf(value, w));
    }

    /** Insertion sort by gene index: segments are one cell's genes, usually already in order. */
    private static void sortSegment(int[] gene, double[] value, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int g = gene[i];
            double x = value[i];
            int j = i - 1;
            while (j >= from && gene[j] > g) {
                gene[j + 1] = gene[j];
                value[j + 1] = value[j];
                j--;
            }
            gene[j + 1] = g;
            value[j + 1] = x;
        }
    }
}
