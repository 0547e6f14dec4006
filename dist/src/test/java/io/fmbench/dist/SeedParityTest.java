package io.fmbench.dist;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fmbench.kernel.run.Scoring;
import io.fmbench.kernel.run.Stratifier;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Task;
import io.fmbench.spi.npy.Npy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * From the reference's toy data and its dummy's probabilities, our data loader, metrics and stratification give every
 * number of the reference's eval record to its 4 decimals, stratified groups included.
 */
class SeedParityTest {

    @Test
    @SuppressWarnings("unchecked")
    void reproducesEveryNumberOfTheReferenceToyRun() throws Exception {
        Path parity = Path.of(System.getProperty("fmbench.project.root", "..")).resolve("../shared/seed-parity");
        Assumptions.assumeTrue(Files.isDirectory(parity), "../shared/seed-parity absent: skipping the parity check");
        DatasetLoader loader = ServiceLoader.load(DatasetLoader.class).stream().map(ServiceLoader.Provider::get)
                .filter(l -> l.format().equals("npy")).findFirst().orElseThrow();
        List<Metric> metrics = ServiceLoader.load(Metric.class).stream().map(ServiceLoader.Provider::get)
                .filter(m -> m.task() == Task.CLASSIFICATION && List.of("AUROC", "Accuracy", "F1-Score").contains(m.name())).toList();
        assertEquals(3, metrics.size());

        double[] flat = Npy.readDoubles(parity.resolve("dummy123_fmri_classification_proba.npy"));
        double[][] proba = new double[flat.length / 2][];
        for (int i = 0; i < proba.length; i++) proba[i] = new double[] {flat[2 * i], flat[2 * i + 1]};
        Map<String, Object> expected = (Map<String, Object>) new ObjectMapper(new YAMLFactory())
                .readValue(parity.resolve("seed_eval_SUITE-TOY-CLASS_dummy.yaml").toFile(), Map.class).get("metrics");

        try (Dataset data = loader.load(new DatasetSource("DS-TOY-FMRI-CLASS", parity.resolve("toy_data/neuro/fmri_classification"), Map.of()))) {
            MetricInput all = Scoring.input(data.targets(), Predictions.ofProbabilities(proba));
            Map<String, MetricResult> overall = Scoring.score(metrics, all);
            for (String name : List.of("AUROC", "Accuracy", "F1-Score"))
                assertEquals(((Number) expected.get(name)).doubleValue(), round4(overall.get(name).value()), 1e-12, name);

            Stratifier.Result strata = Stratifier.stratify(data.metadata(), Stratifier.DEFAULT_COLUMNS, rows -> {
                Map<String, Object> g = new LinkedHashMap<>();
                Scoring.score(metrics, Scoring.subset(all, rows)).forEach((k, r) -> g.put(k, round4(r.value())));
                g.put("N", rows.length);
                return g;
            });
            Map<String, Map<String, Map<String, Object>>> want = (Map<String, Map<String, Map<String, Object>>>) expected.get("stratified");
            assertEquals(want.keySet(), strata.groups().keySet());
            int checked = 0;
            for (var column : want.entrySet()) {
                assertEquals(List.copyOf(column.getValue().keySet()), List.copyOf(strata.groups().get(column.getKey()).keySet()),
                        "groups of " + column.getKey() + " in first-appearance order");
                for (var group : column.getValue().entrySet()) {
                    Map<String, Object> got = strata.groups().get(column.getKey()).get(group.getKey());
                    for (var metric : group.getValue().entrySet()) {
                        assertEquals(((Number) metric.getValue()).doubleValue(), ((Number) got.get(metric.getKey())).doubleValue(), 1e-12,
                                column.getKey() + "/" + group.getKey() + "/" + metric.getKey());
                        checked++;
                    }
                }
            }
            assertEquals(80, checked, "20 groups x (AUROC, Accuracy, F1-Score, N) in the reference record");
        }
    }

    private static double round4(double v) {
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
