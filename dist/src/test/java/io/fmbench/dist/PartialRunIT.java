package io.fmbench.dist;

import static io.fmbench.dist.Fmbench.yaml;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that works on its first run and fails on every later one: the run keeps what completed (status Partial, or
 * one Completed and one Failed record in a suite of two), lists what failed and why, and ends with one error line.
 */
class PartialRunIT {

    @TempDir static Path ws;
    static double auroc, accuracy;

    /** Scores each sample by its first feature; every process after the first fails while predicting. */
    private static final String FLAKY = """
            import os
            import numpy as np

            class Flaky:
                def __init__(self, counter):
                    self.start = int(open(counter).read()) + 1 if os.path.exists(counter) else 1
                    with open(counter, "w") as f:
                        f.write(str(self.start))

                def predict_proba(self, X):
                    if self.start > 1:
                        raise RuntimeError("GPU out of memory on run %d" % self.start)
                    x0 = np.asarray(X, dtype=np.float64).reshape(len(X), -1)[:, 0]
                    p1 = 1.0 / (1.0 + np.exp(-x0))
                    return np.column_stack([1.0 - p1, p1])
            """;

    @BeforeAll
    static void setUp() throws Exception {
        Fmbench.assumePythonWithNumpy("the partial-run checks");
        Fmbench.workspace(ws);
        assertEquals(0, Fmbench.run(ws, "--root", ws.toString(), "generate-toy-data").exit());
        Files.writeString(ws.resolve("configs/flaky_model.py"), FLAKY);
        HandScores.Data d = HandScores.Data.read(ws.resolve("toy_data/neuro/fmri_classification"));
        double[] p1 = new double[d.y().length];
        for (int i = 0; i < p1.length; i++) p1[i] = 1 / (1 + Math.exp(-(double) d.at(i, 0)));
        auroc = HandScores.round4(HandScores.auroc(p1, d.y()));
        accuracy = HandScores.round4(HandScores.accuracy(p1, 0.5, d.y()));
    }

    private static Path flakyConfig(String name) throws Exception {
        Path cfg = ws.resolve("configs/" + name + ".yaml");
        Files.writeString(cfg, "model_id: flaky\ntype: python_class\nimport_path: \"flaky_model:Flaky\"\ninit_kwargs:\n  counter: \""
                + ws.resolve(name + ".count") + "\"\n");
        return cfg;
    }


    private static void assertOneLine(Fmbench.Result r, String... mentions) {
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        for (String m : mentions) assertTrue(r.err().contains(m), "stderr should mention '" + m + "': " + r.err());
    }

    @Test
    void aSecondSeedThatFailsLeavesAPartialRecordOfTheFirst() throws Exception {
        Path out = ws.resolve("results/partial_seeds");
        Fmbench.Result r = Fmbench.run(ws, "--root", ws.toString(), "run", "--suite", "SUITE-TOY-CLASS", "--model",
                flakyConfig("flaky_seeds").toString(), "--out", out.toString(), "--seeds", "1,2", "--no-baselines");
        assertOneLine(r, "Error: run partial", "seed 2", "GPU out of memory on run 2", "fmbench.log");
        Map<String, Object> rec = yaml(out.resolve("eval.yaml"));
        assertEquals("Partial", rec.get("status"));
        Map<String, Object> metrics = (Map<String, Object>) rec.get("metrics");
        assertEquals(auroc, ((Number) metrics.get("AUROC")).doubleValue(), 1e-12, "seed 1's AUROC, computed by hand");
        assertEquals(accuracy, ((Number) metrics.get("Accuracy")).doubleValue(), 1e-12);
        Map<String, Object> meta = (Map<String, Object>) rec.get("run_metadata");
        assertEquals(1, ((Number) meta.get("seed")).intValue(), "the record is seed 1's");
        assertNull(rec.get("seeds"), "no seed spread from a single completed seed");
        List<Map<String, Object>> failures = (List<Map<String, Object>>) rec.get("failures");
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("BM-TOY-CLASS", failures.get(0).get("benchmark_id"));
        assertEquals("DS-TOY-FMRI-CLASS", failures.get(0).get("dataset_id"));
        assertEquals(2, ((Number) failures.get(0).get("seed")).intValue());
        assertTrue(failures.get(0).get("error").toString().contains("GPU out of memory on run 2"), failures.toString());
        assertTrue(Files.readString(out.resolve("fmbench.log")).contains("ModelFailure"), "the trace goes to the log");
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("**Status**: Partial") && report.contains("## Failures")
                && report.contains("**BM-TOY-CLASS** on DS-TOY-FMRI-CLASS, seed 2:"), report);
        Fmbench.Result valid = Fmbench.run(ws, "--root", ws.toString(), "validate", out.resolve("eval.yaml").toString());
        assertEquals(0, valid.exit(), "the hub accepts a Partial record: " + valid.out() + valid.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSuiteWhoseSecondDatasetFailsKeepsTheFirst() throws Exception {
        Files.writeString(ws.resolve("configs/suites/suite_two.yaml"), """
                suite_id: SUITE-TWO
                name: One benchmark on two toy datasets
                benchmarks:
                  - benchmark_id: BM-TOY-CLASS
                    dataset_id: DS-TOY-FMRI-CLASS
                  - benchmark_id: BM-TOY-CLASS
                    dataset_id: DS-TOY-EEG-CLASS
                """);
        Path out = ws.resolve("results/partial_suite");
        Fmbench.Result r = Fmbench.run(ws, "--root", ws.toString(), "run", "--suite", "SUITE-TWO", "--model",
                flakyConfig("flaky_suite").toString(), "--out", out.toString(), "--no-baselines");
        assertOneLine(r, "Error: run partial", "BM-TOY-CLASS on DS-TOY-EEG-CLASS seed 42 failed", "GPU out of memory on run 2",
                "completed: BM-TOY-CLASS on DS-TOY-FMRI-CLASS", out.resolve("report.md").toString());
        Map<String, Object> first = yaml(out.resolve("BM-TOY-CLASS__DS-TOY-FMRI-CLASS/eval.yaml"));
        assertEquals("Completed", first.get("status"));
        assertEquals(auroc, ((Number) ((Map<String, Object>) first.get("metrics")).get("AUROC")).doubleValue(), 1e-12);
        assertNull(first.get("failures"));
        Map<String, Object> second = yaml(out.resolve("BM-TOY-CLASS__DS-TOY-EEG-CLASS/eval.yaml"));
        assertEquals("Failed", second.get("status"));
        assertEquals("DS-TOY-EEG-CLASS", second.get("dataset_id"));
        assertEquals(Map.of(), second.get("metrics"), "no number from a model that did not run");
        assertEquals(List.of(Map.of("benchmark_id", "BM-TOY-CLASS", "dataset_id", "DS-TOY-EEG-CLASS", "seed", 42,
                "error", second.get("error"))), second.get("failures"));
        assertTrue(second.get("error").toString().contains("GPU out of memory on run 2"));
        assertTrue(Files.readString(out.resolve("BM-TOY-CLASS__DS-TOY-EEG-CLASS/fmbench.log")).contains("ModelFailure"));
        String summary = Files.readString(out.resolve("report.md"));
        assertTrue(summary.contains("- **Status**: Partial"), summary);
        assertTrue(summary.contains("| BM-TOY-CLASS | DS-TOY-FMRI-CLASS | Completed | AUROC = "
                + String.format(java.util.Locale.ROOT, "%.4f", auroc) + " | BM-TOY-CLASS__DS-TOY-FMRI-CLASS/eval.yaml |"), summary);
        assertTrue(summary.contains("| BM-TOY-CLASS | DS-TOY-EEG-CLASS | Failed | no metrics | BM-TOY-CLASS__DS-TOY-EEG-CLASS/eval.yaml |"), summary);
        assertTrue(summary.contains("- **BM-TOY-CLASS** on DS-TOY-EEG-CLASS, seed 42: "), summary);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSuiteWhoseSecondDatasetIsNotOnThisMachineKeepsTheFirst() throws Exception {
        Files.writeString(ws.resolve("configs/datasets/catalogue_only.yaml"), """
                dataset_id: DS-CATALOGUE-ONLY
                name: A dataset known by its card only (no local copy)
                """);
        Files.writeString(ws.resolve("configs/suites/suite_missing.yaml"), """
                suite_id: SUITE-MISSING
                name: A benchmark whose second dataset is not on this machine
                benchmarks:
                  - benchmark_id: BM-TOY-CLASS
                    dataset_id: DS-TOY-FMRI-CLASS
                  - benchmark_id: BM-TOY-CLASS
                    dataset_id: DS-CATALOGUE-ONLY
                """);
        Path out = ws.resolve("results/missing_data");
        Fmbench.Result r = Fmbench.run(ws, "--root", ws.toString(), "run", "--suite", "SUITE-MISSING", "--model",
                ws.resolve("configs/model_dummy_classifier.yaml").toString(), "--out", out.toString(), "--no-baselines");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), "one line: " + r.err());
        assertTrue(r.err().contains("catalogue_only.yaml: dataset 'DS-CATALOGUE-ONLY' has no 'path'"), r.err());
        String last = r.errLines().get(0);
        assertTrue(last.startsWith("Error: run partial: BM-TOY-CLASS on DS-CATALOGUE-ONLY not run (")
                && last.contains("completed: BM-TOY-CLASS on DS-TOY-FMRI-CLASS"), last);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        Map<String, Object> first = yaml(out.resolve("BM-TOY-CLASS__DS-TOY-FMRI-CLASS/eval.yaml"));
        assertEquals("Completed", first.get("status"));
        assertFalse(Files.exists(out.resolve("BM-TOY-CLASS__DS-CATALOGUE-ONLY")), "no record for data that is not here");
        String summary = Files.readString(out.resolve("report.md"));
        assertTrue(summary.contains("| BM-TOY-CLASS | DS-CATALOGUE-ONLY | Not run | no data on this machine | - |"), summary);
    }
}
