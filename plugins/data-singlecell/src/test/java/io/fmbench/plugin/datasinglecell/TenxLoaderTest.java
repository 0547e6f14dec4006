package io.fmbench.plugin.datasinglecell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenxLoaderTest {

    @TempDir
    Path dir;

    /*
     * genes x cells counts:      c0  c1  c2  c3
     *                      g0     1   0   2   5
     *                      g1     3   2   0   0
     *                      g2     0   0   2   0
     * c3 has no metadata row and is left out; libraries c0 = 4, c1 = 2, c2 = 4.
     */
    @BeforeEach
    void write() throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("matrix.mtx.gz")))) {
            out.write(("%%MatrixMarket matrix coordinate integer general\n%comment\n3 4 7\n"
                    + "1 1 1\n2 1 2\n2 1 1\n2 2 2\n1 3 2\n3 3 2\n1 4 5\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("genes.tsv"), "ENSG0\tA\nENSG1\tB\nENSG2\tC\n");
        Files.writeString(dir.resolve("barcodes.tsv"), "c0\nc1\nc2\nc3\n");
        Files.writeString(dir.resolve("cell_metadata.csv"), "barcode,cell_type\nc2,NK\nc0,B\nc1,NK\n");
    }

    private Dataset load(Map<String, Object> card) throws DataException {
        return new TenxLoader().load(new DatasetSource("DS", dir, card));
    }

    private static double variance(double... v) {
        double m = 0, s = 0;
        for (double x : v) m += x / v.length;
        for (double x : v) s += (x - m) * (x - m) / v.length;
        return s;
    }

    @Test
    void normalisesLogsAndKeepsTheMostVariableGenes() throws Exception {
        double l2 = Math.log(2), l3 = Math.log(3), l4 = Math.log(4), l5 = Math.log(5);
        // target_sum 4: c0 -> g0 log1p(1), g1 log1p(3) (duplicate entries 2 + 1 summed); c1 -> g1 log1p(4); c2 -> g0, g2 log1p(2)
        double v0 = variance(l2, 0, l3), v1 = variance(l4, l5, 0), v2 = variance(0, 0, l3);
        assertTrue(v1 > v2 && v2 > v0, "hand check of the ranking");
        try (Dataset d = load(Map.of("label_column", "cell_type", "target_sum", 4, "n_top_genes", 2))) {
            assertEquals(List.of("c0", "c1", "c2"), d.sampleIds());
            assertArrayEquals(new int[] {2}, d.sampleShape());
            assertArrayEquals(new float[] {(float) l4, 0, (float) l5, 0, 0, (float) l3}, d.read(0, 3).inputs().data(), 1e-6f);
            assertEquals(List.of("B", "NK"), d.targets().classNames());
            assertArrayEquals(new int[] {0, 1, 1}, d.targets().classes());
            assertEquals(List.of("B", "NK", "NK"), d.metadata().column("cell_type"));
            assertEquals(1, d.info().get("cells_without_metadata"));
        }
    }

    @Test
    void zeroTopGenesKeepsAllAndDefaultTargetSumIsTenThousand() throws Exception {
        try (Dataset d = load(Map.of("label_column", "cell_type", "n_top_genes", 0))) {
            float[] row = d.read(0, 1).inputs().data();
            assertArrayEquals(new float[] {(float) Math.log1p(2500), (float) Math.log1p(7500), 0}, row, 1e-4f);
        }
    }

    @Test
    void clearErrors() throws Exception {
        DataException e = assertThrows(DataException.class, () -> load(Map.of()));
        assertTrue(e.getMessage().contains("field 'label_column' is missing"), e.getMessage());
        e = assertThrows(DataException.class, () -> load(Map.of("label_column", "celltype")));
        assertTrue(e.getMessage().contains("cell_metadata.csv: no column 'celltype'"), e.getMessage());
        Files.writeString(dir.resolve("genes.tsv"), "A\nB\n");
        e = assertThrows(DataException.class, () -> load(Map.of("label_column", "cell_type")));
        assertTrue(e.getMessage().contains("matrix is 3 x 4 but there are 2 genes and 4 barcodes"), e.getMessage());
    }

    @Test
    void truncatedMatrixIsReported() throws Exception {
        Path m = dir.resolve("m.mtx");
        Files.writeString(m, "%%MatrixMarket matrix coordinate real general\n2 2 3\n1 1 0.5\n");
        DataException e = assertThrows(DataException.class, () -> MatrixMarket.read(m));
        assertTrue(e.getMessage().contains("promises 3 entries but the file has 1"), e.getMessage());
    }
}
