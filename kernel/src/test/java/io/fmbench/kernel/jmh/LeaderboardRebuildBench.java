package io.fmbench.kernel.jmh;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.ModelCard;
import io.fmbench.kernel.hub.Catalog;
import io.fmbench.kernel.hub.EvalFiles;
import io.fmbench.kernel.hub.HtmlPage;
import io.fmbench.kernel.hub.Leaderboard;
import io.fmbench.kernel.hub.MarkdownPage;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole rebuild as the CLI does it: list and parse N eval files, validate, rank, render Markdown and HTML.
 * Single-shot (cold-ish) time is what a CI rebuild sees. Run:
 * {@code mvn -o -Pjmh -pl kernel -am test -Djmh.args="LeaderboardRebuildBench"}.
 * The whole CLI (JVM start included) is timed on copies of real records made by {@code kernel/src/test/scripts/eval_corpus.py}
 * (the reference's records, or an eval.yaml written by {@code fmbench run}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class LeaderboardRebuildBench {

    @Param({"10000"})
    int evals;

    Path dir;
    Catalog catalog;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        dir = Files.createTempDirectory("fmbench-bench-evals");
        Map<String, BenchmarkDef> benches = new LinkedHashMap<>();
        for (int b = 0; b < 8; b++) {
            boolean reg = b % 4 == 3;
            String id = "BM-" + b;
            benches.put(id, new BenchmarkDef(id, "Benchmark " + b, reg ? "Regression" : "Classification",
                    reg ? Task.REGRESSION : Task.CLASSIFICATION, "", "", "Synthetic benchmark " + b, reg ? "MSE" : "AUROC",
                    reg ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER, false, Map.of(), Path.of(id + ".yaml")));
        }
        Map<String, DatasetCard> ds = Map.of("DS-1", new DatasetCard("DS-1", "Data 1", null, Map.of(), Path.of("d1.yaml")),
                "DS-2", new DatasetCard("DS-2", "Data 2", null, Map.of(), Path.of("d2.yaml")));
        Map<String, ModelCard> models = new LinkedHashMap<>();
        for (int m = 0; m < 300; m++)
            models.put("model" + m, new ModelCard("model" + m, "Model " + m, List.of("M" + m), Map.of("training_data", List.of()), Path.of("m.yaml")));
        catalog = new Catalog(benches, ds, models, new ArrayList<>());
        Random rnd = new Random(42);
        for (int i = 0; i < evals; i++) {
            int b = rnd.nextInt(8);
            boolean reg = b % 4 == 3;
            String metric = reg ? "MSE" : "AUROC";
            double v = reg ? 0.05 + rnd.nextDouble() : 0.5 + rnd.nextDouble() * 0.5;
            double half = 0.01 + rnd.nextDouble() * 0.05;
            String id = String.format(Locale.ROOT, "SUITE-%d-model%d-2025%04d-%05d", b, rnd.nextInt(300), 101 + i % 1200, i);
            String y = "eval_id: " + id + "\nbenchmark_id: BM-" + b + "\nmodel_ids:\n  candidate: " + (i % 3 == 0 ? "M" : "model")
                    + id.split("-model")[1].split("-")[0] + "\ndataset_id: DS-" + (1 + rnd.nextInt(2)) + "\nrun_metadata:\n  date: '2025-06-01'\n"
                    + "  n_samples: 500\n  seed: 42\n  wall_time_s: 3.5\n  peak_memory_mib: 512.0\n"
                    + "metrics:\n  " + metric + String.format(Locale.ROOT, ": %.4f\n  Accuracy: %.4f\n", v, reg ? 0.5 : v - 0.05)
                    + "  stratified:\n    site:\n      A: {" + metric + String.format(Locale.ROOT, ": %.4f, N: 250}\n", v)
                    + "      B: {" + metric + String.format(Locale.ROOT, ": %.4f, N: 250}\n", v)
                    + "status: Completed\nprimary_metric: {name: " + metric + ", direction: " + (reg ? "lower" : "higher") + "}\n"
                    + "uncertainty:\n  " + metric + String.format(Locale.ROOT, ":\n    ci95: [%.4f, %.4f]\n    method: bootstrap\n    n_resamples: 1000\n",
                    Math.max(0, v - half), reg ? v + half : Math.min(1, v + half));
            Files.writeString(dir.resolve(id + ".yaml"), y);
        }
    }

    @TearDown(Level.Trial)
    public void cleanup() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    @Benchmark
    public int rebuild() throws Exception {
        Leaderboard lb = Leaderboard.build(EvalFiles.in(dir), catalog);
        if (!lb.skipped().isEmpty()) throw new IllegalStateException("synthetic records must be valid: " + lb.skipped().get(0).format());
        return MarkdownPage.render(lb).length() + HtmlPage.render(lb).length();
    }
}
