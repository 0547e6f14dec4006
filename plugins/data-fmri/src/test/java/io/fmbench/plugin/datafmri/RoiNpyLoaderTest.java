package io.fmbench.plugin.datafmri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.ReportContext;
import io.fmbench.spi.npy.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoiNpyLoaderTest {

    @TempDir
    Path dir;

    @Test
    void pearsonAndFisherZByHand() {
        // regions a = 1,2,3,4 and b = 1,3,2,4 over time (time-major): deviations give r = 4 / 5 = 0.8
        float[] x = {1, 1, 2, 3, 3, 2, 4, 4};
        assertArrayEquals(new float[] {0.8f}, TimeSeries.connectivity(x, 4, 2, false), 1e-6f);
        assertArrayEquals(new float[] {(float) (0.5 * Math.log(9))}, TimeSeries.connectivity(x, 4, 2, true), 1e-5f);
        assertEquals(3, TimeSeries.realLength(new float[] {1, 0, 0, 2, 0, 1e-9f, 0, 0}, 4, 2));
    }

    /** Two sites of 2 subjects x 5 time points x 3 regions; site B's second subject is zero-padded after 3 points. */
    @Test
    void sitesConcatenatedTailsTrimmedLabelsMapped() throws Exception {
        float[] a = new float[2 * 5 * 3], b = new float[2 * 5 * 3];
        for (int i = 0; i < a.length; i++) a[i] = (float) Math.sin(i * 0.7) + (i % 3);
        for (int i = 0; i < b.length; i++) b[i] = (i >= 15 + 9) ? 0 : (float) Math.cos(i * 1.3) * (1 + i % 3);
        Npy.write(dir.resolve("A_roi_timeseries.npy"), a, 2, 5, 3);
        Npy.write(dir.resolve("B_roi_timeseries.npy"), b, 2, 5, 3);
        Files.writeString(dir.resolve("A_labels.csv"), "id,label,Gender\ns1,0,1.0\ns2,2,0.0\n");
        Files.writeString(dir.resolve("B_labels.csv"), "id,label,Gender\ns3,1,1.0\ns4,0,0.0\n");
        Map<String, Object> card = Map.of("sites", List.of("A", "B"), "id_column", "id", "fisher_z", false,
                "label_map", Map.of(0, "control", 1, "ADHD", 2, "ADHD"), "rename_columns", Map.of("Gender", "sex"),
                "data_use", "Non-commercial research only.");
        try (Dataset d = new RoiNpyLoader().load(new DatasetSource("DS-F", dir, card))) {
            assertEquals(List.of("s1", "s2", "s3", "s4"), d.sampleIds());
            assertEquals(List.of("A", "A", "B", "B"), d.metadata().column("site"));
            assertEquals(List.of("1.0", "0.0", "1.0", "0.0"), d.metadata().column("sex"));
            assertEquals(List.of("control", "ADHD"), d.targets().classNames());
            assertArrayEquals(new int[] {0, 1, 1, 0}, d.targets().classes());
            assertArrayEquals(new int[] {3}, d.sampleShape());
            // subject s4 uses its first 3 time points only
            float[] s4 = java.util.Arrays.copyOfRange(b, 15, 24);
            assertArrayEquals(TimeSeries.connectivity(s4, 3, 3, false), d.read(3, 4).inputs().data(), 1e-6f);
            assertEquals(3, d.info().get("time_points_min"));
        }
        String section = new DataUseSection().render(new ReportContext(Map.of("dataset_id", "DS-F"), dir));
        assertEquals("## Data Use Notice\n\nNon-commercial research only.\n", section);
        assertEquals("", new DataUseSection().render(new ReportContext(Map.of("dataset_id", "other"), dir)));
    }

    @Test
    void rowMismatchAndUnknownLabelAreClear() throws Exception {
        Npy.write(dir.resolve("A_roi_timeseries.npy"), new float[30], 2, 5, 3);
        Files.writeString(dir.resolve("A_labels.csv"), "id,label\ns1,0\n");
        DataException e = assertThrows(DataException.class,
                () -> new RoiNpyLoader().load(new DatasetSource("D", dir, Map.of("sites", List.of("A")))));
        assertTrue(e.getMessage().contains("A_labels.csv: has 1 rows but A_roi_timeseries.npy has 2 subjects"), e.getMessage());
    }
}
