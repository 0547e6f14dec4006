package io.fmbench.plugin.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Sha256;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-written linear + softmax ONNX model; expected values are computed here in double precision. */
class OnnxModelTest {

    static final int D = 4, K = 3;
    static final float[] W = {0.5f, -1, 0, 1, 0.25f, -0.5f, -2, 0, 1, 0, 1.5f, 0.75f};
    static final float[] B = {0.1f, 0, -0.1f};

    @TempDir Path dir;
    Path onnx;

    @BeforeEach
    void writeModel() throws Exception {
        onnx = dir.resolve("linear.onnx");
        Files.write(onnx, TinyOnnx.linearSoftmax(W, B, D, K));
    }

    private Model model(Map<String, Object> extra) throws Exception {
        Path cfg = dir.resolve("model.yaml");
        Files.writeString(cfg, "# test\n");
        Map<String, Object> s = new LinkedHashMap<>(Map.of("model_id", "lin", "type", "onnx", "path", "linear.onnx"));
        s.putAll(extra);
        return new OnnxModelFactory().create(new ModelConfig(cfg, "lin", "onnx", s), new ModelContext(1, dir, Task.CLASSIFICATION, List.of("a", "b", "c")));
    }

    private static double[] logits(float[] x, int row) {
        double[] z = new double[K];
        for (int j = 0; j < K; j++) {
            z[j] = B[j];
            for (int i = 0; i < D; i++) z[j] += (double) x[row * D + i] * W[i * K + j];
        }
        return z;
    }

    private static double[] softmax(double[] z) {
        double sum = 0;
        double[] p = new double[z.length];
        for (int j = 0; j < z.length; j++) sum += p[j] = Math.exp(z[j]);
        for (int j = 0; j < z.length; j++) p[j] /= sum;
        return p;
    }

    private static final float[] X = {1, 2, 3, 4, -1, 0.5f, 0, 2, 0, 0, 0, 0, 3, -3, 1, 1, 0.2f, 0.4f, 0.6f, 0.8f};

    /** Five samples shaped (5, 2, 2): the adapter flattens them to the model's rank-2 input. */
    private static Batch batch() {
        return new Batch(0, List.of("s0", "s1", "s2", "s3", "s4"), Tensor.of(X, 5, 2, 2), null);
    }

    @Test
    void probabilitiesAndEmbeddingsMatchAHandComputedLinearSoftmax() throws Exception {
        try (Model m = model(Map.of("outputs", Map.of("probabilities", "P", "embeddings", "L"), "batch_size", 2))) {
            Predictions p = m.predict(batch());
            for (int r = 0; r < 5; r++) {
                double[] z = logits(X, r);
                assertArrayEquals(softmax(z), p.probabilities()[r], 1e-6, "row " + r);
                for (int j = 0; j < K; j++) assertEquals(z[j], p.embeddings()[r][j], 1e-5);
            }
            @SuppressWarnings("unchecked")
            Map<String, String> hashes = (Map<String, String>) m.provenance().get("artifacts_sha256");
            assertEquals(Sha256.of(onnx), hashes.get("linear.onnx"));
        }
    }

    @Test
    void softmaxOptionTurnsLogitsIntoProbabilitiesAndTheFirstOutputIsTheDefault() throws Exception {
        try (Model m = model(Map.of("outputs", Map.of("probabilities", "L"), "softmax", true)); Model d = model(Map.of())) {
            Predictions fromLogits = m.predict(batch()), byDefault = d.predict(batch());
            for (int r = 0; r < 5; r++) {
                assertArrayEquals(softmax(logits(X, r)), fromLogits.probabilities()[r], 1e-6);
                assertArrayEquals(softmax(logits(X, r)), byDefault.probabilities()[r], 1e-6);
            }
        }
    }

    @Test
    void badNamesAndFilesAreClear() throws Exception {
        ModelException e = assertThrows(ModelException.class, () -> model(Map.of("outputs", Map.of("probabilities", "nope"))));
        assertEquals("field 'outputs' names 'nope' but the model's outputs are [P, L]", e.getMessage());
        e = assertThrows(ModelException.class, () -> model(Map.of("input", "Y")));
        assertEquals("field 'input' is 'Y'; the model's inputs are [X]", e.getMessage());
        Files.writeString(dir.resolve("broken.onnx"), "not protobuf");
        e = assertThrows(ModelException.class, () -> model(Map.of("path", "broken.onnx")));
        assertTrue(e.getMessage().startsWith(dir.resolve("broken.onnx") + ": ONNX Runtime cannot load the model"), e.getMessage());
        try (Model m = model(Map.of())) {
            Batch wrong = new Batch(0, List.of("a"), Tensor.of(new float[3], 1, 3), null);
            e = assertThrows(ModelException.class, () -> m.predict(wrong));
            assertTrue(e.getMessage().startsWith("ONNX Runtime failed on a batch of shape [1, 3]: "), e.getMessage());
        }
    }
}
