package io.fmbench.plugin.baselines;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleBaselinesTest {

    private static final ModelContext THREE = new ModelContext(42, Path.of("."), Task.CLASSIFICATION, List.of("a", "b", "c"));

    private static Batch batch(int offset, String... ids) {
        return new Batch(offset, List.of(ids), new Tensor(new int[] {ids.length, 1}, new float[ids.length]), null);
    }

    private static Model model(Map<String, Object> yaml, ModelContext ctx) throws Exception {
        ModelConfig c = new ModelConfig(Path.of("/tmp/m.yaml"), "m", yaml.get("type").toString(), yaml);
        BaselineModelFactory f = new BaselineModelFactory();
        assertTrue(f.supports(c));
        return f.create(c, ctx);
    }

    @Test
    void randomBaselineDependsOnSampleNotOnBatching() throws Exception {
        Model m = model(Map.of("type", "baseline", "name", "random"), THREE);
        Predictions whole = m.predict(batch(0, "s1", "s2", "s3", "s4"));
        Predictions part = m.predict(batch(2, "s3", "s4"));
        assertArrayEquals(whole.probabilities()[2], part.probabilities()[0]);
        assertArrayEquals(whole.probabilities()[3], part.probabilities()[1]);
        for (double[] row : whole.probabilities()) {
            assertEquals(3, row.length);
            assertEquals(1.0, row[0] + row[1] + row[2], 1e-12);
        }
        assertFalse(java.util.Arrays.equals(whole.probabilities()[0], whole.probabilities()[1]));
    }

    @Test
    void referenceDummyConfigIsTheSeededTwoClassRandomBaseline() throws Exception {
        ModelContext two = new ModelContext(42, Path.of("."), Task.CLASSIFICATION, List.of("0", "1"));
        Map<String, Object> cfg = Map.of("type", "python_class", "import_path", "fmbench.dummy_model:DummyClassifier",
                "init_kwargs", Map.of("random_seed", 123));
        double[] p = model(cfg, two).predict(batch(0, "SUBJ_0000")).probabilities()[0];
        assertEquals(1.0, p[0] + p[1], 1e-15, "[1 - p, p] as the reference");
        double[] again = model(cfg, two).predict(batch(0, "SUBJ_0000")).probabilities()[0];
        assertArrayEquals(p, again, "seeded: a second run gives the same draws");
        double[] otherSeed = model(Map.of("type", "python_class", "import_path", "fmbench.dummy_model:DummyClassifier",
                "init_kwargs", Map.of("random_seed", 7)), two).predict(batch(0, "SUBJ_0000")).probabilities()[0];
        assertNotEquals(p[1], otherSeed[1]);
    }

    @Test
    void majorityPredictsTheMostFrequentTrainingClassOneHot() throws Exception {
        Model m = model(Map.of("type", "baseline", "name", "majority"), THREE);
        assertTrue(m.needsTraining());
        m.fit(batch(0, "a", "b", "c", "d", "e"), Targets.classes(new int[] {2, 0, 2, 1, 2}, List.of()));
        Predictions p = m.predict(batch(0, "x", "y"));
        assertArrayEquals(new int[] {2, 2}, p.labels());
        assertArrayEquals(new double[] {0, 0, 1}, p.probabilities()[1]);
    }

    @Test
    void stratifiedRandomDrawsFromTheTrainingFrequencies() throws Exception {
        Model m = model(Map.of("type", "baseline", "name", "stratified_random"), THREE);
        m.fit(batch(0, "a", "b", "c", "d"), Targets.classes(new int[] {0, 0, 0, 1}, List.of()));
        String[] ids = new String[4000];
        for (int i = 0; i < ids.length; i++) ids[i] = "s" + i;
        int[] labels = m.predict(batch(0, ids)).labels();
        int[] counts = new int[3];
        for (int l : labels) counts[l]++;
        assertEquals(0, counts[2], "class c never seen in training");
        assertEquals(0.75, counts[0] / 4000.0, 0.03, "binomial sd is 0.007: 0.03 is over 4 sd");
    }

    @Test
    void unknownBaselineNameIsRefused() {
        Exception e = assertThrows(Exception.class, () -> model(Map.of("type", "baseline", "name", "oracle"), THREE));
        assertTrue(e.getMessage().contains("oracle") && e.getMessage().contains("majority"), e.getMessage());
    }
}
