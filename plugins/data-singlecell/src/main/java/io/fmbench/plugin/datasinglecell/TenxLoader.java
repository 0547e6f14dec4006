package io.fmbench.plugin.datasinglecell;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.MemoryDataset;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.table.ClassColumn;
import io.fmbench.spi.table.DelimitedTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-cell counts in the 10x layout: {@code matrix.mtx[.gz]} (genes x cells), {@code genes.tsv} or
 * {@code features.tsv[.gz]}, {@code barcodes.tsv[.gz]}, and a cell metadata table. Card fields: {@code metadata}
 * (default cell_metadata.csv), {@code barcode_column} (default barcode), {@code label_column} (required),
 * {@code target_sum} (default 10000), {@code n_top_genes} (default 2000; 0 keeps every gene). Cells are kept in
 * barcodes.tsv order; cells without a metadata row are left out (their number is in the dataset info).
 */
public final class TenxLoader implements DatasetLoader {

    @Override
    public String format() {
        return "10x";
    }

    @Override
    public boolean accepts(DatasetSource source) {
        Path d = source.path();
        return Files.isDirectory(d) && first(d, "matrix.mtx") != null && first(d, "barcodes.tsv") != null;
    }

    @Override
    public Dataset load(DatasetSource source) throws DataException {
        Path dir = source.path();
        String card = "dataset card of '" + source.datasetId() + "'";
        if (!Files.isDirectory(dir)) throw new DataException(dir + ": not a folder; point 'path' at the folder with matrix.mtx, genes.tsv and barcodes.tsv");
        Path mtx = required(dir, "matrix.mtx"), barcodesFile = required(dir, "barcodes.tsv");
        Path genesFile = first(dir, "genes.tsv") != null ? first(dir, "genes.tsv") : required(dir, "features.tsv");
        Path metaFile = dir.resolve(string(source, "metadata", "cell_metadata.csv"));
        String labelColumn = string(source, "label_column", null);
        if (labelColumn == null) throw new DataException(card + ": field 'label_column' is missing; name the metadata column with the cell type");
        double targetSum = number(source, "target_sum", 1e4, card);
        int nTop = (int) number(source, "n_top_genes", 2000, card);

        List<String> barcodes = DelimitedTable.read(barcodesFile, '\t', false).column("0");
        SampleTable genesTable = DelimitedTable.read(genesFile, '\t', false);
        List<String> genes = genesTable.column(genesTable.columns().size() >= 2 ? "1" : "0");
        SparseCounts counts = MatrixMarket.read(mtx);
        if (counts.genes() != genes.size() || counts.cells() != barcodes.size()) {
            boolean swapped = counts.genes() == barcodes.size() && counts.cells() == genes.size();
            throw new DataException(mtx + ": matrix is " + counts.genes() + " x " + counts.cells() + " but there are " + genes.size()
                    + " genes and " + barcodes.size() + " barcodes" + (swapped ? "; it is cells x genes: transpose it (10x stores genes x cells)" : ""));
        }

        SampleTable meta = DelimitedTable.read(metaFile);
        String barcodeColumn = string(source, "barcode_column", "barcode");
        for (String c : List.of(barcodeColumn, labelColumn))
            if (!meta.has(c)) throw new DataException(metaFile + ": no column '" + c + "' (columns are " + meta.columns() + "); fix barcode_column / label_column in the card");
        Map<String, Integer> metaRow = new HashMap<>();
        List<String> metaBarcodes = meta.column(barcodeColumn);
        for (int i = 0; i < metaBarcodes.size(); i++)
            if (metaRow.put(metaBarcodes.get(i), i) != null) throw new DataException(metaFile + ": barcode '" + metaBarcodes.get(i) + "' appears twice");
        List<Integer> cells = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < barcodes.size(); c++) {
            Integer r = metaRow.get(barcodes.get(c));
            if (r == null) continue;
            cells.add(c);
            rows.add(meta.rows().get(r));
        }
        if (cells.isEmpty()) throw new DataException(metaFile + ": no barcode of " + barcodesFile.getFileName() + " is in column '" + barcodeColumn + "'");
        if (cells.size() < metaBarcodes.size())
            throw new DataException(metaFile + ": " + (metaBarcodes.size() - cells.size()) + " barcodes are not in " + barcodesFile.getFileName()
                    + "; the metadata must describe cells of this matrix");
        int[] kept = cells.stream().mapToInt(Integer::intValue).toArray();
        SampleTable cellMeta = new SampleTable(meta.columns(), rows);
        Targets targets = ClassColumn.targets(cellMeta.column(labelColumn), null, metaFile + " column '" + labelColumn + "'");

        double[] logValues = Preprocessing.logNormalised(counts, kept, targetSum);
        int[] selected = nTop <= 0 || nTop >= counts.genes()
                ? java.util.stream.IntStream.range(0, counts.genes()).toArray()
                : Preprocessing.topGenes(Preprocessing.geneVariance(counts, kept, logValues), nTop);
        float[] x = Preprocessing.dense(counts, kept, logValues, selected);
        List<String> ids = new ArrayList<>(kept.length);
        for (int c : kept) ids.add(barcodes.get(c));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("genes_total", counts.genes());
        info.put("genes_selected", selected.length);
        info.put("normalisation", "log1p(" + (long) targetSum + " * count / library size)");
        info.put("cells_without_metadata", barcodes.size() - kept.length);
        return new MemoryDataset(source.datasetId(), x, new int[] {selected.length}, targets, cellMeta, ids, info, Map.of(),
                List.of(mtx, genesFile, barcodesFile, metaFile));
    }

    /** name, name.gz in this order, or null. */
    private static Path first(Path dir, String name) {
        for (String n : List.of(name, name + ".gz")) if (Files.isRegularFile(dir.resolve(n))) return dir.resolve(n);
        return null;
    }

    private static Path required(Path dir, String name) throws DataException {
        Path p = first(dir, name);
        if (p == null) throw new DataException(dir + ": missing " + name + " (or " + name + ".gz); a 10x folder needs matrix.mtx, genes.tsv/features.tsv and barcodes.tsv");
        return p;
    }

    private static String string(DatasetSource s, String key, String fallback) {
        Object v = s.card().get(key);
        return v == null ? fallback : v.toString().trim();
    }

    private static double number(DatasetSource s, String key, double fallback, String card) throws DataException {
        Object v = s.card().get(key);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v.toString().trim());
            if (!(d >= 0) || Double.isInfinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new DataException(card + ": field '" + key + "' must be a non-negative number, got '" + v + "'");
        }
    }
}
