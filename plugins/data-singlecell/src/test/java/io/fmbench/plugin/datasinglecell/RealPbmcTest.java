package io.fmbench.plugin.datasinglecell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facts from ../shared/data/pbmc3k/SOURCE.txt (skipped when the data is absent). */
class RealPbmcTest {

    @Test
    void pbmc3kLoadsWithItsNineCellTypes() throws Exception {
        Path dir = SharedData.folder("pbmc3k");
        SparseCounts m = MatrixMarket.read(dir.resolve("matrix.mtx.gz"));
        assertEquals(13714, m.genes());
        assertEquals(2638, m.cells());
        assertEquals(2238732, m.value().length);
        try (Dataset d = new TenxLoader().load(new DatasetSource("pbmc", dir, Map.of("label_column", "cell_type", "n_top_genes", 2000)))) {
            assertEquals(2638, d.size());
            assertEquals(2000, d.sampleShape()[0]);
            List<String> names = d.targets().classNames();
            assertEquals(9, names.size());
            int[] counts = new int[9];
            for (int c : d.targets().classes()) counts[c]++;
            assertEquals(697, counts[names.indexOf("Naive CD4 T")]);
            assertEquals(14, counts[names.indexOf("Platelet")]);
            // library sizes equal the metadata's n_counts (SOURCE.txt: column sums equal nCount_RNA)
            List<String> nCounts = d.metadata().column("n_counts");
            for (int i = 0; i < 2638; i += 263) assertEquals(Double.parseDouble(nCounts.get(i)), m.librarySize(i), 1e-6);
            assertEquals(0, d.info().get("cells_without_metadata"));
            assertEquals(2000, Arrays.stream(d.sampleShape()).sum());
        }
    }
}
