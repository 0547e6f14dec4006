package io.fmbench.plugin.precomputed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Sha256;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import io.fmbench.spi.npy.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecomputedModelTest {

    @TempDir Path dir;

    private Model model(Map<String, Object> settings) throws Exception {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, "# test\n");
        Map<String, Object> s = new LinkedHashMap<>(settings);
        s.put("model_id", "pre");
        s.put("type", "precomputed");
        return new PrecomputedModelFactory().create(new ModelConfig(file, "pre", "precomputed", s),
                new ModelContext(42, dir, Task.CLASSIFICATION, List.of("0", "1")));
    }

    private static Batch batch(int offset, String... ids) {
        return new Batch(offset, List.of(ids), Tensor.of(new float[ids.length], ids.length, 1), null);
    }

    private static Path root() {
        String prop = System.getProperty("fmbench.project.root");
        return prop != null ? Path.of(prop) : Path.of("../..").toAbsolutePath().normalize();
    }

    @Test
    void seedParityProbabilitiesComeBackRowForRowInBatches() throws Exception {
        Path proba = root().resolve("../shared/seed-parity/dummy123_fmri_classification_proba.npy").normalize();
        assumeTrue(Files.isRegularFile(proba), "no " + proba + "; seed-parity test skipped");
        double[] flat = Npy.readDoubles(proba);
        List<Predictions> parts = new ArrayList<>();
        try (Model m = model(Map.of("probabilities", proba.toString()))) {
            for (int from = 0; from < 200; from += 64) {
                int to = Math.min(200, from + 64);
                String[] ids = new String[to - from];
                for (int i = 0; i < ids.length; i++) ids[i] = String.format("SUBJ_%04d", from + i);
                parts.add(m.predict(batch(from, ids)));
            }
            assertEquals(Map.of("probabilities", Sha256.of(proba)), m.provenance().get("artifacts_sha256"));
        }
        double[][] p = Predictions.concat(parts).probabilities();
        for (int i = 0; i < 200; i++) assertArrayEquals(new double[] {flat[2 * i], flat[2 * i + 1]}, p[i], 0.0);
    }

    @Test
    void csvKeyedByIdInAnyOrderWithMatchById() throws Exception {
        Files.writeString(dir.resolve("p.csv"), "p0,sample_id,p1\n0.25,b,0.75\n\"0.9\",\"a\",0.1\n");
        try (Model m = model(Map.of("probabilities", "p.csv", "match_by", "id"))) {
            double[][] p = m.predict(batch(0, "a", "b")).probabilities();
            assertArrayEquals(new double[] {0.9, 0.1}, p[0]);
            assertArrayEquals(new double[] {0.25, 0.75}, p[1]);
        }
    }

    @Test
    void rowsOutOfDatasetOrderAreRefusedByDefault() throws Exception {
        Files.writeString(dir.resolve("p.csv"), "sample_id,p0,p1\nb,0.25,0.75\na,0.9,0.1\n");
        Model m = model(Map.of("probabilities", "p.csv"));
        ModelException e = assertThrows(ModelException.class, () -> m.predict(batch(0, "a", "b")));
        assertEquals(dir.resolve("p.csv") + ": row 1 is sample 'b' but dataset sample 0 is 'a'; write the rows in the dataset's order,"
                + " or set 'match_by: id' in the model config", e.getMessage());
    }

    @Test
    void missingAndExtraSamplesAreRefused() throws Exception {
        Files.writeString(dir.resolve("l.csv"), "sample_id,label\na,1\nb,0\nc,1\n");
        Model byId = model(Map.of("labels", "l.csv", "match_by", "id"));
        ModelException missing = assertThrows(ModelException.class, () -> byId.predict(batch(0, "a", "z")));
        assertEquals(dir.resolve("l.csv") + ": no row for sample 'z' (dataset sample 1); compute outputs for every sample of the dataset", missing.getMessage());
        Model m = model(Map.of("labels", "l.csv"));
        assertArrayEquals(new int[] {1, 0}, m.predict(batch(0, "a", "b")).labels());
        ModelException e = assertThrows(ModelException.class, m::close);
        assertEquals(dir.resolve("l.csv") + ": has 3 rows but the dataset has 2 samples; the file must hold exactly one row per dataset sample", e.getMessage());
    }

    @Test
    void npyWithSampleIdsFileIsCheckedAndDuplicatesAndBadCellsAreRefused() throws Exception {
        Npy.write(dir.resolve("v.npy"), new float[] {1, 2, 3}, 3);
        Files.writeString(dir.resolve("ids.txt"), "x\ny\nz\n");
        try (Model m = model(Map.of("values", "v.npy", "sample_ids", "ids.txt"))) {
            Predictions p = m.predict(batch(0, "x", "y", "z"));
            assertArrayEquals(new double[] {2}, p.values()[1]);
        }
        Files.writeString(dir.resolve("ids.txt"), "x\ny\n");
        assertEquals(dir.resolve("ids.txt") + ": lists 2 sample ids but v.npy has 3 rows",
                assertThrows(ModelException.class, () -> model(Map.of("values", "v.npy", "sample_ids", "ids.txt"))).getMessage());
        Files.writeString(dir.resolve("d.csv"), "sample_id,v\na,1\na,2\n");
        assertEquals(dir.resolve("d.csv") + ": sample id 'a' appears twice (rows 1 and 2)",
                assertThrows(ModelException.class, () -> model(Map.of("values", "d.csv"))).getMessage());
        Files.writeString(dir.resolve("n.csv"), "sample_id,v\na,one\n");
        assertEquals(dir.resolve("n.csv") + ": line 2, column 'v' is 'one', not a number",
                assertThrows(ModelException.class, () -> model(Map.of("values", "n.csv"))).getMessage());
        assertThrows(ModelException.class, () -> model(Map.of()));
    }
}
