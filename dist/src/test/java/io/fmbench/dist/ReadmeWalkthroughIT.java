package io.fmbench.dist;

import static io.fmbench.dist.Fmbench.yaml;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Benchmarking your own model" commands, word for word, from a copy of the project's configs/ (as
 * ./fmbench runs them: FMBENCH_ROOT is the workspace, --out relative to it): a Python class wrapper, an ONNX export and
 * precomputed predictions. Each number is checked against one computed here, by hand, or by the Python reference.
 */
class ReadmeWalkthroughIT {

    @TempDir static Path root;
    static Path ws;
    /** Both examples score a sample by sigmoid(mean of its first 10 features): by hand, AUROC and accuracy of that. */
    static double auroc, accuracy;

    @BeforeAll
    static void setUp() throws Exception {
        ws = Fmbench.workspace(root.resolve("fmbench"));
        Path shared = Fmbench.projectRoot().resolve("../shared").normalize();
        if (Files.isDirectory(shared)) Files.createSymbolicLink(root.resolve("shared"), shared); // ../shared, as beside the project
        assertEquals(0, fmbench("generate-toy-data").exit());
        HandScores.Data d = HandScores.Data.read(ws.resolve("toy_data/neuro/fmri_classification"));
        double[] p1 = new double[d.y().length];
        for (int i = 0; i < p1.length; i++) {
            double sum = 0;
            for (int j = 0; j < 10; j++) sum += d.at(i, j);
            p1[i] = 1 / (1 + Math.exp(-sum / 10));
        }
        auroc = HandScores.round4(HandScores.auroc(p1, d.y()));
        accuracy = HandScores.round4(HandScores.accuracy(p1, 0.5, d.y()));
    }

    @AfterAll
    static void unlinkShared() throws Exception {
        Files.deleteIfExists(root.resolve("shared")); // the link only; JUnit would warn about a link leaving the temp dir
    }

    private static Fmbench.Result fmbench(String... args) throws Exception {
        return Fmbench.run(ws, Map.of("FMBENCH_ROOT", ws.toString()), args);
    }


    @SuppressWarnings("unchecked")
    private static double metric(Map<String, Object> rec, String name) {
        return ((Number) ((Map<String, Object>) rec.get("metrics")).get(name)).doubleValue();
    }

    /** The README's check-model, then its toy run: the record is Completed with the hand-computed AUROC and accuracy. */
    private Map<String, Object> checkAndRun(String config, String out, String candidate, String howComputed) throws Exception {
        Fmbench.Result check = fmbench("check-model", "--model", config);
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("check-model: OK"), check.out());
        Fmbench.Result r = fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", config, "--out", out);
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(ws.resolve(out + "/eval.yaml"));
        assertEquals("Completed", rec.get("status"));
        assertEquals(Map.of("candidate", candidate), rec.get("model_ids"));
        assertEquals(auroc, metric(rec, "AUROC"), 1e-12, howComputed);
        assertEquals(accuracy, metric(rec, "Accuracy"), 1e-12);
        return rec;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOnnxExampleRunsAndScoresItsWeights() throws Exception {
        Map<String, Object> rec = checkAndRun("configs/model_onnx_example.yaml", "results/onnx_run", "onnx_linear_softmax",
                "W = 0.1 on the first 10 features of class 1, applied by hand");
        Map<String, Object> meta = (Map<String, Object>) rec.get("run_metadata");
        assertTrue(meta.get("model_adapter_plugin").toString().startsWith("adapter-onnx "), meta.toString());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(ws.resolve("configs/onnx/toy_linear_softmax.onnx"))));
        assertEquals(Map.of("toy_linear_softmax.onnx", sha), ((Map<String, Object>) meta.get("model")).get("artifacts_sha256"));
        assertTrue(Files.isRegularFile(ws.resolve("results/onnx_run/report.md")));
        String readme = Files.readString(Fmbench.projectRoot().resolve("README.md"));
        assertTrue(readme.contains(String.format(java.util.Locale.ROOT, "both report AUROC %.4f", auroc)), "the README quotes the right AUROC");
    }

    @Test
    void theOnnxGeneratorWritesTheCommittedModel() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3 absent: skipping");
        Path copy = root.resolve("gen");
        Files.createDirectories(copy);
        Files.copy(ws.resolve("configs/onnx/make_toy_linear_softmax.py"), copy.resolve("make_toy_linear_softmax.py"));
        Process p = new ProcessBuilder("python3", copy.resolve("make_toy_linear_softmax.py").toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), said);
        assertArrayEquals(Files.readAllBytes(ws.resolve("configs/onnx/toy_linear_softmax.onnx")),
                Files.readAllBytes(copy.resolve("toy_linear_softmax.onnx")), "the committed .onnx is what its script writes");
    }

    @Test
    void thePythonWrapperExampleRuns() throws Exception {
        Fmbench.assumePythonWithNumpy("the README Python example");
        checkAndRun("configs/model_python_example.yaml", "results/python_example", "python_nearest_mean",
                "sigmoid(mean of the first 10 features), by hand");
        assertTrue(Files.readString(ws.resolve("results/python_example/eval.yaml")).contains("wrappers.nearest_mean:NearestMean"),
                "the import path is recorded");
    }

    @Test
    void thePrecomputedExampleReproducesTheReferenceNumbers() throws Exception {
        Path parity = root.resolve("shared/seed-parity");
        Assumptions.assumeTrue(Files.isDirectory(parity), "../shared/seed-parity absent: skipping the README precomputed example");
        Fmbench.Result r = fmbench("run", "--suite", "SUITE-TOY-CLASS", "--dataset", "DS-SEED-PARITY-FMRI", "--model",
                "configs/model_precomputed_dummy123.yaml", "--out", "results/parity");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(ws.resolve("results/parity/eval.yaml"));
        Map<String, Object> reference = yaml(parity.resolve("seed_eval_SUITE-TOY-CLASS_dummy.yaml"));
        assertEquals("Completed", rec.get("status"));
        for (String m : new String[] {"AUROC", "Accuracy", "F1-Score"})
            assertEquals(metric(reference, m), metric(rec, m), 1e-12, m + " as the Python reference wrote it");
    }
}
