package io.fmbench.plugin.npydata;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.npy.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyFolderLoaderTest {

    @TempDir Path dir;
    private final NpyFolderLoader loader = new NpyFolderLoader();

    private Dataset load() throws DataException {
        return loader.load(new DatasetSource("DS", dir, Map.of()));
    }

    @Test
    void readsTheToyLayoutAndRenumbersClasses() throws Exception {
        Npy.write(dir.resolve("X.npy"), new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 4, 2);
        Npy.write(dir.resolve("y.npy"), new long[] {7, 3, 7, 3}, 4);
        Files.writeString(dir.resolve("metadata.csv"), "subject_id,site\nS1,A\nS2,B\nS3,A\n\"S,4\",B\n");
        Files.writeString(dir.resolve("info.json"), "{\n  \"sampling_freq\": 200,\n  \"name\": \"toy\",\n  \"site\": null\n}");
        assertTrue(loader.accepts(new DatasetSource("DS", dir, Map.of())));
        try (Dataset d = load()) {
            assertEquals(4, d.size());
            assertArrayEquals(new int[] {2}, d.sampleShape());
            assertArrayEquals(new int[] {1, 0, 1, 0}, d.targets().classes(), "labels 3 and 7 become classes 0 and 1");
            assertEquals(List.of("3", "7"), d.targets().classNames());
            assertEquals(List.of("S1", "S2", "S3", "S,4"), d.sampleIds());
            assertEquals(List.of("A", "B", "A", "B"), d.metadata().column("site"));
            assertEquals(200L, d.info().get("sampling_freq"));
            assertFalse(d.info().containsKey("site"), "a JSON null reads as absent");
            Batch b = d.read(1, 3);
            assertEquals(1, b.offset());
            assertArrayEquals(new float[] {3, 4, 5, 6}, b.inputs().data());
            assertEquals(4, d.files().size());
        }
    }

    @Test
    void floatTargetsAreRegressionValues() throws Exception {
        Npy.write(dir.resolve("X.npy"), new double[] {1, 2, 3}, 3, 1);
        Npy.write(dir.resolve("y.npy"), new double[] {0.5, 1.5, 2.5, 3.5, 4.5, 5.5}, 3, 2);
        try (Dataset d = load()) {
            assertFalse(d.targets().isClassification());
            assertArrayEquals(new double[] {2.5, 3.5}, d.targets().values()[1]);
            assertEquals(List.of("0", "1", "2"), d.sampleIds(), "no metadata: row numbers");
        }
    }

    @Test
    void floatLabelsAreClassesWhenInfoJsonGivesNClassesAsTheReferencesToyDataDo() throws Exception {
        Npy.write(dir.resolve("X.npy"), new float[] {1, 2, 3, 4}, 4, 1);
        Npy.write(dir.resolve("y.npy"), new double[] {1.0, 0.0, 1.0, 1.0}, 4);
        try (Dataset d = load()) {
            assertFalse(d.targets().isClassification(), "a float y without a declaration stays regression");
        }
        Files.writeString(dir.resolve("info.json"), "{\"n_classes\": 2, \"sampling_freq\": 200}");
        try (Dataset d = load()) {
            assertArrayEquals(new int[] {1, 0, 1, 1}, d.targets().classes());
            assertEquals(List.of("0", "1"), d.targets().classNames());
        }
        Files.writeString(dir.resolve("info.json"), "{\"n_classes\": 2, \"target\": \"values\"}");
        try (Dataset d = load()) {
            assertFalse(d.targets().isClassification(), "an explicit target wins over n_classes");
        }
        Npy.write(dir.resolve("y.npy"), new double[] {0.5, 0.0, 1.0, 1.0}, 4);
        Files.writeString(dir.resolve("info.json"), "{\"n_classes\": 2}");
        DataException half = assertThrows(DataException.class, this::load);
        assertEquals(dir.resolve("y.npy") + ": class label 0.5 is not a whole number (" + dir.resolve("info.json")
                + " field 'n_classes' says y holds class labels)", half.getMessage());
        Files.writeString(dir.resolve("info.json"), "{\"target\": \"labels\"}");
        DataException bad = assertThrows(DataException.class, this::load);
        assertEquals(dir.resolve("info.json") + " field 'target' is 'labels'; use 'classes' (class labels) or 'values' (regression targets)",
                bad.getMessage());
        Files.writeString(dir.resolve("info.json"), "{\"n_classes\": 2.5}");
        DataException k = assertThrows(DataException.class, this::load);
        assertTrue(k.getMessage().startsWith(dir.resolve("info.json") + ": field 'n_classes' is 2.5;"), k.getMessage());
    }

    @Test
    void mismatchesAndNaNAreNamed() throws Exception {
        Npy.write(dir.resolve("X.npy"), new float[] {1, Float.NaN, 3, 4}, 2, 2);
        Npy.write(dir.resolve("y.npy"), new long[] {0, 1}, 2);
        Files.writeString(dir.resolve("metadata.csv"), "subject_id\nS1\n");
        DataException meta = assertThrows(DataException.class, this::load);
        assertTrue(meta.getMessage().contains("metadata.csv") && meta.getMessage().contains("1 rows"), meta.getMessage());
        Files.delete(dir.resolve("metadata.csv"));
        try (Dataset d = load()) {
            DataException nan = assertThrows(DataException.class, () -> d.read(0, 2));
            assertTrue(nan.getMessage().contains("X.npy") && nan.getMessage().contains("sample 0"), nan.getMessage());
            // samples read once are not checked again, but a failed check marks nothing: the NaN is found every time
            assertArrayEquals(new float[] {3, 4}, d.read(1, 2).inputs().data());
            assertThrows(DataException.class, () -> d.read(0, 1));
            assertThrows(DataException.class, () -> d.read(0, 2));
        }
        Npy.write(dir.resolve("y.npy"), new double[] {0, 1.5}, 2);
        Files.writeString(dir.resolve("info.json"), "{\"nested\": {\"a\": 1}}");
        DataException info = assertThrows(DataException.class, this::load);
        assertTrue(info.getMessage().contains("info.json"), info.getMessage());
    }
}
