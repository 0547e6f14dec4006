package io.fmbench.dist;

import static io.fmbench.dist.Fmbench.yaml;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run-robustness and the robustness suite from a user's seat, on the toy (100, 16, 500) time series at 200 Hz. */
class RobustnessIT {

    @TempDir static Path ws;
    static final String DATA = "toy_data/neuro/robustness";

    @BeforeAll
    static void setUp() throws Exception {
        Fmbench.workspace(ws);
        assertEquals(0, Fmbench.run(ws, "--root", ws.toString(), "generate-toy-data").exit());
    }


    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String... keys) {
        for (String k : keys) m = (Map<String, Object>) m.get(k);
        return m;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static Fmbench.Result fmbench(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("--root", ws.toString()));
        a.addAll(List.of(args));
        return Fmbench.run(ws, a.toArray(String[]::new));
    }

    @Test
    void toyRunWritesTheReferenceRecordReportAndCurves() throws Exception {
        Path out = ws.resolve("results/rob");
        // entries with spaces: the reference would skip " shift" as unknown
        var r = fmbench("run-robustness", "--model", "configs/model_dummy_classifier.yaml", "--data", DATA, "--out", out.toString(),
                "--probes", "dropout, noise , shift");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Running 3 probes for timeseries data: [dropout, noise, shift]"), r.out());
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        assertEquals(List.of("eval_id", "benchmark_id", "model_ids", "data_dir", "run_metadata", "metrics", "probes", "status"),
                new ArrayList<>(rec.keySet()).subList(0, 8));
        assertTrue(((String) rec.get("eval_id")).startsWith("ROBUSTNESS-dummy_classifier-"), (String) rec.get("eval_id"));
        assertEquals("robustness_testing", rec.get("benchmark_id"));
        assertEquals(DATA, rec.get("data_dir"));
        assertEquals("Completed", rec.get("status"));
        Map<String, Object> meta = map(rec, "run_metadata");
        assertEquals("fmbench-robustness", meta.get("runner"));
        assertEquals(200, meta.get("sampling_freq"));        // from the toy data's info.json
        assertEquals("info.json", meta.get("sampling_freq_source"));
        assertEquals(42, meta.get("seed"));
        assertEquals(List.of(100, 16, 500), meta.get("data_shape"));
        Map<String, Object> metrics = map(rec, "metrics");
        assertEquals(List.of("dropout_rAUC", "noise_rAUC", "shift_rAUC", "shift_sensitivity", "robustness_score",
                "dropout_retention_rAUC", "noise_retention_rAUC", "shift_retention_rAUC", "retention_score"), new ArrayList<>(metrics.keySet()));
        // our dummy draws its probabilities from the sample id and never looks at the input: nothing changes, so every
        // similarity is exactly 1 (the reference's dummy redraws per call and scores ~0.78); both are flagged below
        assertEquals(1.0, num(metrics.get("robustness_score")), 0.0);
        assertEquals(List.of(0.0, 0.05, 0.1, 0.2, 0.3, 0.5), map(rec, "probes", "dropout").get("grid"));
        assertEquals(List.of(0.0, 10.0, 20.0, 40.0, 80.0), map(rec, "probes", "shift").get("grid"));
        @SuppressWarnings("unchecked") List<String> flags = (List<String>) rec.get("flags");
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("insensitive")), "a model that ignores its input is flagged: " + flags);
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("chance")), "a random model is flagged: " + flags);
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.startsWith("# Robustness Evaluation Report: " + rec.get("eval_id")), report);
        assertTrue(report.contains("![Output similarity](robustness_similarity.svg)"), report);
        assertTrue(Files.readString(out.resolve("robustness_similarity.svg")).startsWith("<svg"));
        assertTrue(Files.exists(out.resolve("robustness_retention.svg")));
        assertEquals(0, Files.list(out).filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary files left");
    }

    @Test
    void everyScoreOfAFittedModelCarriesABootstrapIntervalTheHubAccepts() throws Exception {
        Path out = ws.resolve("results/lr");
        var r = fmbench("run-robustness", "--model", "configs/model_logistic_regression.yaml", "--data", DATA, "--out", out.toString(),
                "--probes", "dropout,permutation,shift");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        Map<String, Object> metrics = map(rec, "metrics"), intervals = map(rec, "confidence_intervals");
        assertEquals(new ArrayList<>(metrics.keySet()), new ArrayList<>(intervals.keySet()), "one interval per metric, in the same order");
        for (String name : metrics.keySet()) {
            Map<String, Object> iv = map(intervals, name);
            double lo = num(iv.get("lower")), hi = num(iv.get("upper")), v = num(metrics.get(name));
            assertTrue(lo <= v && v <= hi, name + " " + v + " outside [" + lo + ", " + hi + "]");
            assertEquals("percentile", iv.get("method"));
            assertEquals(1000, iv.get("resamples"));
        }
        // a model that reads its input: dropping channels changes its outputs sample by sample, so the interval has width
        assertTrue(num(map(intervals, "dropout_rAUC").get("upper")) > num(map(intervals, "dropout_rAUC").get("lower")), String.valueOf(intervals));
        assertTrue(Files.readString(out.resolve("report.md")).contains("| Metric | Score | 95% CI |"));
        var v = fmbench("validate", out.resolve("eval.yaml").toString());
        assertEquals(0, v.exit(), v.out() + v.err());
    }

    @Test
    void regressionTargetsGetRetentionOfR2() throws Exception {
        Path out = ws.resolve("results/ridge");
        var r = fmbench("run-robustness", "--model", "configs/model_ridge.yaml", "--data", "toy_data/neuro/regression", "--out", out.toString(),
                "--probes", "dropout,masking");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        Map<String, Object> retention = map(map(map(rec, "probes"), "dropout"), "retention");
        assertEquals("R2", retention.get("metric"));
        @SuppressWarnings("unchecked") List<Object> relative = (List<Object>) retention.get("relative");
        assertEquals(1.0, num(relative.get(0)), 0.0, "dropout 0 leaves the input, and so the R2, as on clean data");
        assertTrue(num(relative.get(relative.size() - 1)) < 1, "half the features dropped costs a linear model some R2: " + relative);
        for (String key : List.of("dropout_retention_rAUC", "masking_retention_rAUC", "retention_score"))
            assertTrue(map(rec, "metrics").containsKey(key) && map(rec, "confidence_intervals").containsKey(key), key + " in " + rec.get("metrics"));
        var v = fmbench("validate", out.resolve("eval.yaml").toString());
        assertEquals(0, v.exit(), v.out() + v.err());
    }

    @Test
    void constantModelScoresOneButIsFlagged() throws Exception {
        Path a = ws.resolve("results/maj-a"), b = ws.resolve("results/maj-b");
        for (Path out : List.of(a, b)) {
            var r = fmbench("run-robustness", "--model", "configs/model_majority.yaml", "--data", DATA, "--out", out.toString(),
                    "--probes", "dropout,permutation,line_noise");
            assertEquals(0, r.exit(), r.err());
        }
        Map<String, Object> rec = yaml(a.resolve("eval.yaml"));
        // the same output for every input: cosine 1 everywhere, which the reference reports as perfect robustness
        assertEquals(1.0, num(map(rec, "metrics").get("robustness_score")), 1e-12);
        assertEquals(1.0, num(map(rec, "metrics").get("perm_equivariance")), 1e-12);
        @SuppressWarnings("unchecked") List<String> flags = (List<String>) rec.get("flags");
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("constant")), String.valueOf(flags));
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("chance")), String.valueOf(flags));
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("insensitive")), String.valueOf(flags));
        assertEquals(rec.get("probes"), yaml(b.resolve("eval.yaml")).get("probes"), "same seed, same curves");
    }

    @Test
    void unknownProbeIsAUsageErrorListingTheKnownOnes() throws Exception {
        Path out = ws.resolve("results/bad");
        var r = fmbench("run-robustness", "--model", "configs/model_dummy_classifier.yaml", "--data", DATA, "--out", out.toString(),
                "--probes", "dropout,wander");
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("Error: --probes: unknown probe 'wander'; known probes: "), r.err());
        for (String p : List.of("dropout", "line_noise", "shift", "contrast", "spike_artifact")) assertTrue(r.err().contains(p), r.err());
        assertFalse(Files.exists(out.resolve("eval.yaml")));
    }

    @Test
    void aModelForTheWrongTaskIsOneLineWhileKernelsWarmUpInTheBackground() throws Exception {
        // the probes' warm-up threads are still running when the run ends: their plugin's class loader closes under
        // them, which once printed a daemon thread's stack trace after the error line
        var r = fmbench("run-robustness", "--model", "configs/model_ridge.yaml", "--data", DATA, "--out", ws.resolve("results/ridge").toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("Error: ") && r.err().contains("baseline 'ridge' is for regression"), r.err());
    }

    @Test
    void missingDataFolderIsOneLine() throws Exception {
        var r = fmbench("run-robustness", "--model", "configs/model_dummy_classifier.yaml", "--data", "no/such/dir", "--out", "x");
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("Error: data directory 'no/such/dir' does not exist; run fmbench generate-toy-data first, or give the folder holding X.npy"),
                r.errLines());
    }

    @Test
    void theReadmeToyFolderIsGeneratedWhenMissingAsRunDoes(@TempDir Path fresh) throws Exception {
        Fmbench.workspace(fresh);
        Path data = fresh.resolve(DATA);
        assertFalse(Files.exists(data));
        var r = Fmbench.run(fresh, "run-robustness", "--model", "configs/model_dummy_classifier.yaml", "--data", DATA, "--out", "results/rob",
                "--probes", "shift");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Toy data " + DATA + " is missing at " + data + "; generating it (seed 42) ..."), r.out());
        assertEquals("Completed", yaml(fresh.resolve("results/rob/eval.yaml")).get("status"));
        // the same files generate-toy-data writes (seed 42), so records made either way compare
        for (String f : List.of("X.npy", "y.npy", "info.json"))
            assertArrayEquals(Files.readAllBytes(ws.resolve(DATA).resolve(f)), Files.readAllBytes(data.resolve(f)), f);
        // a folder of toy_data/ that is not one of the toy sets is still an error, not generated
        var other = Fmbench.run(fresh, "run-robustness", "--model", "configs/model_dummy_classifier.yaml", "--data", "toy_data/neuro/other",
                "--out", "results/x");
        assertEquals(1, other.exit(), other.err());
        assertFalse(Files.exists(fresh.resolve("toy_data/neuro/other")));
    }

    @Test
    void aSuiteRunsOnAnyDatasetCardItsPluginReadsWithTimeLast(@TempDir Path w) throws Exception {
        // 12 subjects, 16 time points, 3 regions, time-major (subjects, time, regions) as ADHD-200's ROI tensors are
        int n = 12, time = 16, regions = 3;
        float[] x = new float[n * time * regions];
        StringBuilder labels = new StringBuilder("id,label\n");
        for (int i = 0; i < n; i++) {
            labels.append("s").append(i).append(',').append(i % 2).append('\n');
            for (int t = 0; t < time; t++)
                for (int r = 0; r < regions; r++) x[(i * time + t) * regions + r] = (float) (2 + Math.sin(0.9 * t + r + i) + (i % 2) * Math.cos(0.4 * t * (r + 1)));
        }
        Fmbench.workspace(w);
        Files.createDirectories(w.resolve("roi"));
        io.fmbench.spi.npy.Npy.write(w.resolve("roi/series.npy"), x, n, time, regions);
        Files.writeString(w.resolve("roi/labels.csv"), labels);
        Files.writeString(w.resolve("configs/datasets/roi_raw.yaml"), "dataset_id: DS-ROI-RAW\nname: ROI series\npath: roi/series.npy\n"
                + "format: roi-npy\nlabels_file: labels.csv\nid_column: id\nlabel_column: label\nfeatures: raw\n");
        Files.writeString(w.resolve("configs/suites/suite_rob_roi.yaml"), "suite_id: SUITE-ROB-ROI\nname: ROI robustness\n"
                + "benchmark_id: robustness_testing\ninputs:\n  dataset:\n    default: DS-ROI-RAW\n  sampling_freq:\n    default: 0.5\n"
                + "probes: [shift, noise]\nprobe_config:\n  shift:\n    shifts: [0, 4, 16]\n  noise:\n    snr_grid: [40, 0]\n    power: sample\n");
        var r = Fmbench.run(w, "run", "--suite", "SUITE-ROB-ROI", "--model", "configs/model_logistic_regression.yaml", "--out", "out");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(w.resolve("out/eval.yaml"));
        assertEquals("Completed", rec.get("status"));
        assertEquals(List.of(n, regions, time), map(rec, "run_metadata").get("data_shape")); // regions by time: time last
        @SuppressWarnings("unchecked") List<Double> sim = (List<Double>) map(rec, "probes", "shift", "logit").get("mean");
        // a shift by the whole series length along time gives back the clean series: similarity exactly the clean
        // one's; along regions (3) it would not (16 mod 3 = 1), and a 4-point shift changes the fitted model's outputs
        assertEquals(sim.get(0), sim.get(2), 0.0);
        assertTrue(sim.get(1) < sim.get(0) - 1e-6, sim.toString());
        assertEquals("sample", map(rec, "probes", "noise").get("snr_power"));
    }

    /**
     * A suite with probes starts with the client compiler and asks to be restarted with the optimising one: both
     * starts leave a start-up cache (assembled in the background), so the next run starts both JVMs from it.
     */
    @Test
    void aRunThatRestartsKeepsAStartUpCacheForBothStarts(@TempDir Path w) throws Exception {
        Fmbench.workspace(w);
        var r = Fmbench.run(w, "run", "--suite", "SUITE-ROBUSTNESS-NEURO", "--model", "configs/model_dummy_classifier.yaml", "--out", "out");
        assertEquals(0, r.exit(), r.err());
        Path dir = w.resolve(".cache/fmbench/startup");
        java.util.function.Predicate<String> client = n -> n.matches(".*-run-[0-9]+\\.(aot|jsa)"), full = n -> n.matches(".*-run-full-[0-9]+\\.(aot|jsa)");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!(has(dir, client) && has(dir, full)) && System.nanoTime() < deadline) Thread.sleep(200);
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(has(dir, client), "no cache of the client start: " + names);
            assertTrue(has(dir, full), "no cache of the restart: " + names);
        }
    }

    private static boolean has(Path dir, java.util.function.Predicate<String> name) throws java.io.IOException {
        if (!Files.isDirectory(dir)) return false;
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> name.test(p.getFileName().toString()));
        }
    }

    @Test
    void aModelThatFailsLeavesAFailedRecordAndOneLine() throws Exception {
        Fmbench.assumePythonWithNumpy("the failing-model check");
        Fmbench.failingPythonModel(ws, "CUDA error: device-side assert");
        Path out = ws.resolve("results/boom");
        var r = fmbench("run-robustness", "--model", "configs/model_boom.yaml", "--data", DATA, "--out", out.toString(), "--probes", "noise");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        String err = r.errLines().get(0);
        assertTrue(err.startsWith("Error: model 'boom' failed during the robustness run: ") && err.contains("CUDA error: device-side assert")
                && err.contains("has status Failed"), err);
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        assertEquals("Failed", rec.get("status"));
        assertEquals(Map.of(), rec.get("metrics"), "no number from a model that did not finish");
        assertTrue(String.valueOf(rec.get("error")).contains("CUDA error: device-side assert"), String.valueOf(rec.get("error")));
        assertTrue(Files.readString(out.resolve("fmbench.log")).contains("ModelException"), "the trace goes to the log");
        assertTrue(Files.readString(out.resolve("report.md")).contains("**Status**: Failed"));
        assertEquals(0, fmbench("validate", out.resolve("eval.yaml").toString()).exit(), "the hub reads a Failed record (and never ranks it)");
    }

    @Test
    void aFailureKeepsTheResultsOfAnEarlierRun() throws Exception {
        Fmbench.assumePythonWithNumpy("the failing-model check");
        Fmbench.failingPythonModel(ws, "out of memory");
        Path out = ws.resolve("results/kept");
        assertEquals(0, fmbench("run-robustness", "--model", "configs/model_dummy_classifier.yaml", "--data", DATA, "--out", out.toString(),
                "--probes", "shift").exit());
        byte[] eval = Files.readAllBytes(out.resolve("eval.yaml")), report = Files.readAllBytes(out.resolve("report.md"));
        var r = fmbench("run-robustness", "--model", "configs/model_boom.yaml", "--data", DATA, "--out", out.toString(), "--probes", "shift");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).endsWith("; the earlier results in " + out + " are kept; " + out.resolve("failed/eval.yaml")
                + " has status Failed (trace in " + out.resolve("failed/fmbench.log") + ")"), r.err());
        assertArrayEquals(eval, Files.readAllBytes(out.resolve("eval.yaml")), "the earlier record is untouched");
        assertArrayEquals(report, Files.readAllBytes(out.resolve("report.md")));
        assertEquals("Failed", yaml(out.resolve("failed/eval.yaml")).get("status"));
        assertTrue(Files.readString(out.resolve("failed/report.md")).contains("**Status**: Failed"));
        assertTrue(Files.readString(out.resolve("failed/fmbench.log")).contains("out of memory"));
    }

    @Test
    void thirdPartyProbeRunsWithoutKernelChanges() throws Exception {
        Path out = ws.resolve("results/spike");
        var r = fmbench("run-robustness", "--model", "configs/model_dummy_classifier.yaml", "--data", DATA, "--out", out.toString(),
                "--probes", "spike_artifact");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        assertTrue(map(rec, "metrics").containsKey("spike_artifact_rAUC"), String.valueOf(rec.get("metrics")));
        assertTrue(map(rec, "run_metadata", "plugins").keySet().stream().anyMatch(k -> k.contains("spike")), String.valueOf(map(rec, "run_metadata")));
    }

    @Test
    void robustnessSuiteRunsWithItsProbesConfigAndThresholds() throws Exception {
        Path out = ws.resolve("results/suite");
        var r = fmbench("run", "--suite", "SUITE-ROBUSTNESS-NEURO", "--model", "configs/model_dummy_classifier.yaml", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        assertEquals("toy_neuro_robustness", rec.get("dataset_id"));
        assertEquals("SUITE-ROBUSTNESS-NEURO", map(rec, "run_metadata").get("suite_id"));
        assertEquals(List.of("dropout", "noise", "line_noise", "permutation", "shift"), new ArrayList<>(map(rec, "probes").keySet()));
        assertEquals(List.of(40.0, 30.0, 20.0, 10.0, 5.0), map(rec, "probes", "line_noise").get("grid"));
        assertEquals(10, map(rec, "probes", "permutation").get("num_draws"));
        assertEquals("dataset", map(rec, "probes", "noise").get("snr_power")); // the reference's, by default
        assertEquals("dataset", map(rec, "probes", "line_noise").get("snr_power"));
        assertEquals("shared", map(rec, "probes", "line_noise").get("phases"));
        Map<String, Object> th = map(rec, "thresholds");
        assertEquals(List.of("robustness_score", "perm_equivariance"), new ArrayList<>(th.keySet()));
        double score = num(map(rec, "metrics").get("robustness_score")), perm = num(map(rec, "metrics").get("perm_equivariance"));
        assertEquals(score >= 0.5, map(th, "robustness_score").get("passed"));
        assertEquals(perm >= 0.8, map(th, "perm_equivariance").get("passed"));
        assertEquals(score >= 0.5 && perm >= 0.8, rec.get("thresholds_passed"));
        assertTrue(Files.readString(out.resolve("report.md")).contains("## Thresholds: " + (score >= 0.5 && perm >= 0.8 ? "PASS" : "FAIL")));
    }
}
