package io.fmbench.dist;

import static io.fmbench.dist.Fmbench.yaml;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.npy.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution from a user's seat: the toy run, every command's help, exit codes and bad input. */
class CliIT {

    @TempDir static Path ws;

    @BeforeAll
    static void setUp() throws Exception {
        Fmbench.workspace(ws);
        assertEquals(0, Fmbench.run(ws, "--root", ws.toString(), "generate-toy-data").exit());
    }


    private static Fmbench.Result fmbench(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("--root", ws.toString()));
        a.addAll(List.of(args));
        return Fmbench.run(ws, a.toArray(String[]::new));
    }

    /** One line on stderr, naming what is wrong, and no stack trace. */
    private static void assertOneLineError(Fmbench.Result r, int exit, String... mentions) {
        assertEquals(exit, r.exit(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertTrue(r.errLines().get(0).startsWith("Error: "), r.err());
        assertEquals(1, r.errLines().size(), "one line: " + r.err());
        for (String m : mentions) assertTrue(r.err().contains(m), "stderr should mention '" + m + "': " + r.err());
    }

    @Test
    void toyRunWritesAllOutputsWithTheReferenceKeys() throws Exception {
        Path out = ws.resolve("results/toy");
        Fmbench.Result r = fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/model_dummy_classifier.yaml", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        assertEquals(List.of("eval_id", "benchmark_id", "model_ids", "dataset_id", "run_metadata", "metrics", "status"),
                new ArrayList<>(rec.keySet()).subList(0, 7));
        assertEquals("BM-TOY-CLASS", rec.get("benchmark_id"));
        assertEquals(Map.of("candidate", "dummy_classifier"), rec.get("model_ids"));
        assertEquals("Completed", rec.get("status"));
        @SuppressWarnings("unchecked") Map<String, Object> metrics = (Map<String, Object>) rec.get("metrics");
        double auroc = ((Number) metrics.get("AUROC")).doubleValue();
        assertTrue(auroc > 0.3 && auroc < 0.7, "a random model scores near chance: " + auroc);
        assertTrue(metrics.containsKey("stratified"));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.startsWith("# Evaluation Report: " + rec.get("eval_id")), report);
        assertTrue(report.contains("#### By Site"));
        assertEquals(201, Files.readAllLines(out.resolve("predictions.csv")).size());
        assertEquals(0, Files.list(out).filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary files left");
    }

    @Test
    void sameSeedGivesTheSameMetrics() throws Exception {
        Path a = ws.resolve("results/a"), b = ws.resolve("results/b");
        for (Path out : List.of(a, b))
            assertEquals(0, fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/model_majority.yaml", "--out", out.toString()).exit());
        assertEquals(yaml(a.resolve("eval.yaml")).get("metrics"), yaml(b.resolve("eval.yaml")).get("metrics"));
        assertNotEquals(yaml(a.resolve("eval.yaml")).get("eval_id"), yaml(b.resolve("eval.yaml")).get("eval_id"));
    }

    @Test
    void evalsDirGetsOneRecordPerRunNeverOverwritten() throws Exception {
        Path evals = ws.resolve("evals");
        for (String name : List.of("e1", "e2"))
            assertEquals(0, fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/model_majority.yaml", "--out",
                    ws.resolve("results/" + name).toString(), "--evals-dir", evals.toString()).exit());
        List<Path> files = Files.list(evals).sorted().toList();
        assertEquals(2, files.size(), files.toString());
        for (Path f : files) assertEquals(f.getFileName().toString(), yaml(f).get("eval_id") + ".yaml");
    }

    @Test
    void majorityBaselineIsHonestlyUninformative() throws Exception {
        Path out = ws.resolve("results/majority");
        assertEquals(0, fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/model_majority.yaml", "--out", out.toString()).exit());
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) yaml(out.resolve("eval.yaml")).get("metrics");
        assertEquals(0.5, ((Number) m.get("AUROC")).doubleValue(), 1e-9, "constant scores rank nothing");
    }

    @Test
    void everyCommandHasHelpAndVersionWorks() throws Exception {
        Fmbench.Result v = Fmbench.run(ws, "--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("fmbench 0.1.0"), v.out());
        for (String c : List.of("run", "generate-toy-data", "list-suites", "list-benchmarks", "list-plugins", "generate-completion")) {
            Fmbench.Result h = Fmbench.run(ws, c, "--help");
            assertEquals(0, h.exit(), c + ": " + h.err());
            assertTrue(h.out().contains("Usage: fmbench " + c), h.out());
        }
        Fmbench.Result comp = Fmbench.run(ws, "generate-completion");
        assertTrue(comp.out().contains("complete -F"), "bash completion script");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertOneLineError(Fmbench.run(ws), 2, "Missing command");
        assertOneLineError(Fmbench.run(ws, "no-such-command"), 2, "no-such-command");
        assertOneLineError(fmbench("run", "--suite", "SUITE-TOY-CLASS"), 2, "--model");
    }

    @Test
    void listsWorkFromAnyWorkingDirectory(@TempDir Path elsewhere) throws Exception {
        Fmbench.Result r = Fmbench.run(elsewhere, "list-suites", "--root", ws.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("SUITE-TOY-CLASS") && r.out().contains("BM-TOY-CLASS"), r.out());
        Fmbench.Result b = Fmbench.run(elsewhere, "list-benchmarks", "--root", ws.toString());
        assertTrue(b.out().contains("BM-TOY-REGRESSION") && b.out().contains("MSE (lower)"), b.out());
    }

    @Test
    void missingOrBrokenModelConfigIsOneLine() throws Exception {
        assertOneLineError(fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/nope.yaml", "--out", ws.resolve("r/x").toString()),
                1, "nope.yaml");
        Path bad = ws.resolve("configs/bad_model.yaml");
        Files.writeString(bad, "model_id: x\ntype: [baseline\n");
        assertOneLineError(fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", bad.toString(), "--out", ws.resolve("r/x").toString()),
                1, "bad_model.yaml:", "malformed YAML");
        Path noId = ws.resolve("configs/no_id.yaml");
        Files.writeString(noId, "type: baseline\nname: majority\n");
        assertOneLineError(fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", noId.toString(), "--out", ws.resolve("r/x").toString()),
                1, "no_id.yaml", "'model_id'");
        Path unknownType = ws.resolve("configs/unknown_type.yaml");
        Files.writeString(unknownType, "model_id: x\ntype: tensorflow\n");
        assertOneLineError(fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", unknownType.toString(), "--out", ws.resolve("r/x").toString()),
                1, "'tensorflow'", "installed types", "baseline");
        assertFalse(Files.exists(ws.resolve("r/x/eval.yaml")));
    }

    @Test
    void aModelThatFailsLeavesAFailedRecordAndALog() throws Exception {
        Fmbench.assumePythonWithNumpy("the failing-model check");
        Path cfg = Fmbench.failingPythonModel(ws, "weights are corrupt");
        Path out = ws.resolve("results/boom");
        Fmbench.Result r = fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", cfg.toString(), "--out", out.toString(), "--no-baselines");
        assertOneLineError(r, 1, "weights are corrupt");
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        assertEquals("Failed", rec.get("status"));
        assertEquals(Map.of(), rec.get("metrics"), "no number from a model that did not run");
        assertTrue(rec.get("error").toString().contains("weights are corrupt"));
        assertTrue(Files.readString(out.resolve("fmbench.log")).contains("ModelFailure"), "the trace goes to the log in --out");
        assertFalse(Files.exists(out.resolve("report.md")));
    }

    @Test
    void outsideAnyWorkspaceToyDataGoesToTheUsersDataFolderNotTheInstallation(@TempDir Path elsewhere) throws Exception {
        Path data = elsewhere.resolve("xdg-data"), cwd = Files.createDirectories(elsewhere.resolve("cwd"));
        Fmbench.Result r = Fmbench.run(cwd, Map.of("XDG_DATA_HOME", data.toString()), "run", "--suite", "SUITE-TOY-CLASS", "--model",
                Fmbench.dist().resolve("configs/model_dummy_classifier.yaml").toString(), "--out", "out", "--no-baselines");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(data.resolve("fmbench/toy_data/neuro/fmri_classification/X.npy")), r.out());
        assertTrue(r.err().contains("Toy dataset DS-TOY-FMRI-CLASS is missing at " + data.resolve("fmbench/toy_data/neuro/fmri_classification")), r.err());
        assertFalse(Files.exists(Fmbench.dist().resolve("toy_data")), "nothing is generated into the installation");
        assertEquals("Completed", yaml(cwd.resolve("out/eval.yaml")).get("status"));
    }

    @Test
    void aFailureKeepsTheResultsOfAnEarlierRun() throws Exception {
        Fmbench.assumePythonWithNumpy("the failing-model check");
        Path cfg = Fmbench.failingPythonModel(ws, "weights are corrupt");
        Path out = ws.resolve("results/kept");
        assertEquals(0, fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/model_dummy_classifier.yaml", "--out", out.toString(),
                "--no-baselines").exit());
        byte[] eval = Files.readAllBytes(out.resolve("eval.yaml")), predictions = Files.readAllBytes(out.resolve("predictions.csv"));
        Fmbench.Result r = fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", cfg.toString(), "--out", out.toString(), "--no-baselines");
        assertOneLineError(r, 1, "weights are corrupt");
        assertTrue(r.err().contains("; the earlier results in " + out + " are kept; " + out.resolve("failed/eval.yaml") + " has status Failed"), r.err());
        assertArrayEquals(eval, Files.readAllBytes(out.resolve("eval.yaml")), "the earlier record is untouched");
        assertArrayEquals(predictions, Files.readAllBytes(out.resolve("predictions.csv")));
        Map<String, Object> rec = yaml(out.resolve("failed/eval.yaml"));
        assertEquals("Failed", rec.get("status"));
        assertEquals(Map.of(), rec.get("metrics"));
        assertTrue(Files.readString(out.resolve("failed/fmbench.log")).contains("ModelFailure"));
    }

    @Test
    void anEmbeddingOnlyModelIsScoredThroughALinearProbe() throws Exception {
        Fmbench.assumePythonWithNumpy("the embedding-model check");
        Files.writeString(ws.resolve("configs/encoder_model.py"), """
                import numpy as np
                class Encoder:
                    def get_embeddings(self, X):
                        return np.asarray(X, dtype=np.float32).reshape(len(X), -1)
                """);
        Path cfg = ws.resolve("configs/model_encoder.yaml");
        Files.writeString(cfg, "model_id: encoder\ntype: python_class\nimport_path: \"encoder_model:Encoder\"\nembeddings: true\n");
        Path out = ws.resolve("results/encoder");
        Fmbench.Result r = fmbench("run", "--suite", "SUITE-TOY-CLASS", "--model", cfg.toString(), "--out", out.toString(), "--no-baselines");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        @SuppressWarnings("unchecked") Map<String, Object> metrics = (Map<String, Object>) rec.get("metrics");
        // the embeddings are the raw features, which separate the toy classes: a linear probe must do far better than chance
        assertTrue(((Number) metrics.get("AUROC")).doubleValue() > 0.75, metrics.toString());
        assertTrue(Files.readString(out.resolve("eval.yaml")).contains("linear probe"), "the record says how the encoder was scored");
        @SuppressWarnings("unchecked") Map<String, Object> emb = (Map<String, Object>) rec.get("embedding_metrics");
        for (String k : List.of("linear_probe_AUROC", "knn5_accuracy", "silhouette", "kmeans_ari", "kmeans_nmi"))
            assertTrue(emb.containsKey(k), k + " missing from " + emb);
        assertTrue(((Map<?, ?>) emb.get("confidence_intervals")).containsKey("kmeans_ari"), emb.toString());
        assertTrue(Files.readString(out.resolve("report.md")).contains("## Embeddings"), "report.md shows the embedding metrics");
    }

    @Test
    void checkModelPassesAGoodModelAndNamesABadOne() throws Exception {
        Fmbench.Result ok = fmbench("check-model", "--model", "configs/model_dummy_classifier.yaml");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("shapes: probabilities 8x2") && ok.out().contains("check-model: OK"), ok.out());
        Path wrongType = ws.resolve("configs/model_regression_only.yaml");
        Files.writeString(wrongType, "model_id: mean_only\ntype: baseline\nname: mean\n");
        Fmbench.Result bad = fmbench("check-model", "--model", wrongType.toString());
        assertEquals(1, bad.exit(), bad.out() + bad.err());
        assertFalse(bad.err().contains("\tat "), bad.err());
    }

    @Test
    void unknownSuiteListsTheKnownOnes() throws Exception {
        assertOneLineError(fmbench("run", "--suite", "SUITE-NOPE", "--model", "configs/model_majority.yaml", "--out", ws.resolve("r/y").toString()),
                1, "SUITE-NOPE", "SUITE-TOY-CLASS");
    }

    @Test
    void nanInTheDataFailsAndKeepsEarlierResults() throws Exception {
        Path data = ws.resolve("nan_data");
        float[] x = new float[20 * 3];
        long[] y = new long[20];
        for (int i = 0; i < 20; i++) y[i] = i % 2;
        x[17 * 3 + 1] = Float.NaN;
        Npy.write(data.resolve("X.npy"), x, 20, 3);
        Npy.write(data.resolve("y.npy"), y, 20);
        Files.writeString(ws.resolve("configs/datasets/nan.yaml"), "dataset_id: DS-NAN\npath: nan_data\nformat: npy\n");
        Path out = ws.resolve("results/nan");
        Files.createDirectories(out);
        Files.writeString(out.resolve("eval.yaml"), "earlier: result\n");
        try {
            Fmbench.Result r = fmbench("run", "--suite", "SUITE-TOY-CLASS", "--dataset", "DS-NAN", "--model", "configs/model_dummy_classifier.yaml",
                    "--out", out.toString());
            assertOneLineError(r, 1, "X.npy", "sample 17", "NaN");
            assertEquals("earlier: result\n", Files.readString(out.resolve("eval.yaml")), "the earlier eval.yaml is kept");
        } finally {
            Files.delete(ws.resolve("configs/datasets/nan.yaml"));
        }
    }

    @Test
    void labelsThatDoNotMatchTheSamplesAreRefused() throws Exception {
        Path data = ws.resolve("short_y");
        Npy.write(data.resolve("X.npy"), new float[30], 10, 3);
        Npy.write(data.resolve("y.npy"), new long[] {0, 1, 0, 1, 0, 1, 0, 1, 0}, 9);
        Files.writeString(ws.resolve("configs/datasets/short.yaml"), "dataset_id: DS-SHORT\npath: short_y\n");
        try {
            assertOneLineError(fmbench("run", "--suite", "SUITE-TOY-CLASS", "--dataset", "DS-SHORT", "--model", "configs/model_majority.yaml",
                    "--out", ws.resolve("results/short").toString()), 1, "y.npy", "9 rows", "10 samples");
        } finally {
            Files.delete(ws.resolve("configs/datasets/short.yaml"));
        }
    }

    @Test
    void aBrokenPluginIsNamed(@TempDir Path plugins) throws Exception {
        Files.writeString(plugins.resolve("broken.jar"), "this is not a jar");
        Fmbench.Result r = Fmbench.run(ws, "list-plugins", "--root", ws.toString(), "--plugins-dir", plugins.toString());
        assertOneLineError(r, 1, "broken.jar");
    }
}
