package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.ModelCard;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small hand-made catalogs and eval records for leaderboard tests. */
final class SyntheticEvals {

    private SyntheticEvals() {}

    /** BM-C: AUROC, higher better, secondary Accuracy. BM-R: MSE, lower better. Models with aliases and training data. */
    static Catalog catalog() {
        BenchmarkDef cls = new BenchmarkDef("BM-C", "Classification bench", "Classification", Task.CLASSIFICATION, "", "", "", "AUROC",
                Direction.HIGHER_IS_BETTER, false, Map.of("metrics", Map.of("primary", List.of("AUROC"), "secondary", List.of("Accuracy")),
                "default_dataset", "DS-A"), Path.of("bm_c.yaml"));
        BenchmarkDef reg = new BenchmarkDef("BM-R", "Regression bench", "Regression", Task.REGRESSION, "", "", "", "MSE",
                Direction.LOWER_IS_BETTER, false, Map.of(), Path.of("bm_r.yaml"));
        Map<String, DatasetCard> ds = Map.of("DS-A", new DatasetCard("DS-A", "Data A", null, Map.of(), Path.of("a.yaml")),
                "DS-B", new DatasetCard("DS-B", "Data B", null, Map.of(), Path.of("b.yaml")));
        Map<String, ModelCard> models = Map.of(
                "hyenadna", new ModelCard("hyenadna", "HyenaDNA", List.of("hyena-dna"), Map.of("training_data", List.of()), Path.of("h.yaml")),
                "leaky", new ModelCard("leaky", "Leaky", List.of(), Map.of("training_data", Map.of("task_training", List.of("DS-A"))), Path.of("l.yaml")),
                "pre", new ModelCard("pre", "Pretrained", List.of(), Map.of("training_data", List.of("ds-a")), Path.of("p.yaml")));
        return new Catalog(new java.util.LinkedHashMap<>(Map.of("BM-C", cls, "BM-R", reg)), ds, models, List.of());
    }

    /** Writes {@code <evalId>.yaml}; {@code ci} may be null; {@code extraMetrics} are more "k: v" metric lines. */
    static Path write(Path dir, String evalId, String bench, String model, String dataset, String metric, Double score, double[] ci,
                      String status, String date, String... extraMetrics) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("eval_id: ").append(evalId).append('\n').append("benchmark_id: ").append(bench).append('\n')
                .append("model_ids:\n  candidate: ").append(model).append('\n').append("dataset_id: ").append(dataset).append('\n')
                .append("run_metadata:\n  date: '").append(date).append("'\n  n_test: 100\n")
                .append("metrics:\n  ").append(metric).append(": ").append(score == null ? "null" : fmt(score)).append('\n');
        for (String m : extraMetrics) y.append("  ").append(m).append('\n');
        y.append("status: ").append(status).append('\n');
        if (score == null) y.append("undefined_metrics:\n  ").append(metric).append(": only one class present\n");
        if (ci != null) y.append("uncertainty:\n  ").append(metric).append(":\n    ci95: [").append(fmt(ci[0])).append(", ").append(fmt(ci[1])).append("]\n");
        Path f = dir.resolve(evalId + ".yaml");
        Files.writeString(f, y.toString());
        return f;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
