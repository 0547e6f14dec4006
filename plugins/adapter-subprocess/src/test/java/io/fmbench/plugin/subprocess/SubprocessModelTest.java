package io.fmbench.plugin.subprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fmbench.spi.Batch;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Sha256;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import io.fmbench.spi.npy.Npy;
import io.fmbench.spi.npy.NpyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real python3 + NumPy models through the bridge (skipped with a message where they are absent). */
class SubprocessModelTest {

    @TempDir Path dir;

    @BeforeEach
    void python() {
        PythonModels.assumePython();
    }

    private static Batch batch(int offset, float[] data, int... shape) {
        List<String> ids = IntStream.range(offset, offset + shape[0]).mapToObj(i -> "s" + i).toList();
        return new Batch(offset, ids, Tensor.of(data, shape), null);
    }

    @Test
    void referenceDummyClassifierThroughTheBridgeReproducesTheSeedParityProbabilities() throws Exception {
        Path parity = PythonModels.projectRoot().resolve("../shared/seed-parity").normalize();
        assumeTrue(Files.isDirectory(parity), "no " + parity + "; seed-parity test skipped");
        Path x = parity.resolve("toy_data/neuro/fmri_classification/X.npy");
        double[] expected = Npy.readDoubles(parity.resolve("dummy123_fmri_classification_proba.npy"));
        ModelConfig cfg = PythonModels.pythonClass(dir, "reference_dummy:DummyClassifier", Map.of("init_kwargs", Map.of("random_seed", 123)));
        try (NpyFile f = NpyFile.open(x); SubprocessModel m = PythonModels.start(cfg, PythonModels.context(dir, Task.CLASSIFICATION, 2))) {
            int[] shape = f.header().intShape();
            int per = shape[1];
            List<Predictions> parts = new ArrayList<>();
            // Batches of 64: the reference's stateful RNG gives the same stream as one call on all 200 samples.
            for (int from = 0; from < shape[0]; from += 64) {
                int to = Math.min(shape[0], from + 64);
                parts.add(m.predict(batch(from, f.readFloats((long) from * per, (to - from) * per), to - from, per)));
            }
            double[][] p = Predictions.concat(parts).probabilities();
            assertEquals(200, p.length);
            for (int i = 0; i < 200; i++) {
                assertEquals(expected[2 * i], p[i][0], 0.0, "row " + i);
                assertEquals(expected[2 * i + 1], p[i][1], 0.0, "row " + i);
            }
            assertEquals(java.util.Set.of(Output.PROBABILITIES), m.outputs());
        }
    }

    @Test
    void regressionValuesAreTheRowSumsAndProvenanceHashesTheModule() throws Exception {
        ModelConfig cfg = PythonModels.pythonClass(dir, "test_models:RowSumRegressor", Map.of("init_kwargs", Map.of("scale", 0.5)));
        try (SubprocessModel m = PythonModels.start(cfg, PythonModels.context(dir, Task.REGRESSION, 0))) {
            Predictions p = m.predict(batch(0, new float[] {1, 2, 3, 4, 5, 6, 0.25f, -1, 0.5f, 7, 8, 9}, 3, 2, 2));
            assertArrayEquals(new double[] {5, 5.125, 12.25}, new double[] {p.values()[0][0], p.values()[1][0], p.values()[2][0]});
            assertEquals(1, p.values()[0].length);
            @SuppressWarnings("unchecked")
            Map<String, String> hashes = (Map<String, String>) m.provenance().get("artifacts_sha256");
            assertEquals(Sha256.of(PythonModels.modelsDir().resolve("test_models.py")), hashes.get("test_models.py"));
            assertEquals(Sha256.of(dir.resolve("adapter-subprocess/fmbench_bridge.py")), hashes.get("fmbench_bridge.py"));
            assertEquals("test_models:RowSumRegressor", m.provenance().get("import_path"));
        }
    }

    @Test
    void predictOnlyClassGivesLabelsAndItsPrintsGoToTheLog() throws Exception {
        ModelConfig cfg = PythonModels.pythonClass(dir, "test_models:ArgmaxLabels", Map.of());
        try (SubprocessModel m = PythonModels.start(cfg, PythonModels.context(dir, Task.CLASSIFICATION, 2))) {
            Predictions p = m.predict(batch(0, new float[] {0, 1, 3, 2, 5, 5}, 3, 2));
            assertArrayEquals(new int[] {1, 0, 0}, p.labels());
            assertNull(p.probabilities());
        }
        assertTrue(Files.readString(dir.resolve("adapter-subprocess/m.stderr.log")).contains("this print must not break the protocol"));
    }

    @Test
    void embeddingsComeBackBitExactAndConfigBatchSizeSplitsTheBatch() throws Exception {
        ModelConfig cfg = PythonModels.pythonClass(dir, "test_models:Echo", Map.of("batch_size", 2));
        float[] x = {1.5f, -2, 3e-8f, Float.MAX_VALUE / 4, 7, 8, 9, 10, 11, 12};
        try (SubprocessModel m = PythonModels.start(cfg, PythonModels.context(dir, Task.CLASSIFICATION, 2))) {
            Predictions p = m.predict(batch(10, x, 5, 2));
            assertEquals(5, p.embeddings().length);
            for (int i = 0; i < 5; i++) assertArrayEquals(new float[] {x[2 * i] * 2, x[2 * i + 1] * 2}, p.embeddings()[i]);
        }
    }

    @Test
    void sequencesGoToEncodeSequences() throws Exception {
        ModelConfig cfg = PythonModels.pythonClass(dir, "test_models:SequenceLengths", Map.of());
        try (SubprocessModel m = PythonModels.start(cfg, PythonModels.context(dir, Task.CLASSIFICATION, 2))) {
            Predictions p = m.predict(new Batch(0, List.of("a", "b"), null, List.of("ACGTG", "GG")));
            assertArrayEquals(new float[] {5, 2}, p.embeddings()[0]);
            assertArrayEquals(new float[] {2, 2}, p.embeddings()[1]);
        }
    }

    @Test
    void typeSubprocessRunsTheCommandWithTheBridgeWord() throws Exception {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, "# test\n");
        ModelConfig cfg = new ModelConfig(file, "m", "subprocess", Map.of("command", List.of("python3", "{bridge}"),
                "import_path", "test_models:RowSumRegressor", "python_path", List.of(PythonModels.modelsDir().toString())));
        try (SubprocessModel m = PythonModels.start(cfg, PythonModels.context(dir, Task.REGRESSION, 0))) {
            assertEquals(3.0, m.predict(batch(0, new float[] {1, 2}, 1, 2)).values()[0][0]);
        }
    }

    private ModelException failure(String cls, Map<String, Object> extra) throws Exception {
        ModelConfig cfg = PythonModels.pythonClass(dir, "test_models:" + cls, extra);
        try (SubprocessModel m = PythonModels.start(cfg, PythonModels.context(dir, Task.CLASSIFICATION, 2))) {
            return assertThrows(ModelException.class, () -> m.predict(batch(0, new float[] {1, 2, 3, 4}, 2, 2)));
        }
    }

    @Test
    void nanIsRefusedNamingTheRow() throws Exception {
        assertEquals("the model returned NaN in probabilities for batch row 1; outputs must be finite numbers",
                failure("NanProba", Map.of()).getMessage());
    }

    @Test
    void wrongRowCountIsRefused() throws Exception {
        assertEquals("the model returned probabilities of shape [1, 2] for a batch of 2 samples (the first dimension must be the number of samples)",
                failure("ShortProba", Map.of()).getMessage());
    }

    @Test
    void aPythonExceptionIsReportedWithItsMessage() throws Exception {
        String msg = failure("Raises", Map.of()).getMessage();
        assertTrue(msg.startsWith("the model failed on samples 0..1: ValueError: weights not loaded (traceback in "), msg);
        assertTrue(Files.readString(dir.resolve("adapter-subprocess/m.stderr.log")).contains("Traceback"));
    }

    @Test
    void aProcessThatDiesIsReportedWithItsExitCodeAndLastStderrLine() throws Exception {
        String msg = failure("Dies", Map.of()).getMessage();
        assertTrue(msg.startsWith("the model process exited with code 7 on samples 0..1; last line of its stderr: segfault-like crash"), msg);
    }

    @Test
    void aModelThatHangsIsStoppedAfterTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        String msg = failure("Hangs", Map.of("timeout_s", 1)).getMessage();
        assertTrue(msg.startsWith("the model gave no answer on samples 0..1 within 1 s and was stopped"), msg);
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "the hang must not last the model's 60 s sleep");
    }

    @Test
    void constructorAndImportErrorsAreClear() throws Exception {
        ModelConfig bad = PythonModels.pythonClass(dir, "test_models:BadInit", Map.of());
        ModelException e = assertThrows(ModelException.class, () -> PythonModels.start(bad, PythonModels.context(dir, Task.CLASSIFICATION, 2)));
        assertTrue(e.getMessage().startsWith("the model failed while starting: RuntimeError: could not build test_models:BadInit(**init_kwargs): TypeError"),
                e.getMessage());
        ModelConfig missing = PythonModels.pythonClass(dir, "no_such_module:X", Map.of());
        e = assertThrows(ModelException.class, () -> PythonModels.start(missing, PythonModels.context(dir, Task.CLASSIFICATION, 2)));
        assertTrue(e.getMessage().contains("ImportError: could not import module 'no_such_module'"), e.getMessage());
        ModelConfig wrongInterpreter = PythonModels.pythonClass(dir, "test_models:Echo", Map.of("python", "/no/such/python"));
        e = assertThrows(ModelException.class, () -> PythonModels.start(wrongInterpreter, PythonModels.context(dir, Task.CLASSIFICATION, 2)));
        assertTrue(e.getMessage().startsWith("cannot start /no/such/python "), e.getMessage());
    }

    @Test
    void regressionNeedsPredict() throws Exception {
        ModelConfig cfg = PythonModels.pythonClass(dir, "test_models:NanProba", Map.of());
        ModelException e = assertThrows(ModelException.class, () -> PythonModels.start(cfg, PythonModels.context(dir, Task.REGRESSION, 0)));
        assertEquals("the model offers [PROBABILITIES] but a regression benchmark needs predict(X) (or get_embeddings / encode_sequences)", e.getMessage());
        assertFalse(e.getMessage().isEmpty());
    }
}
