package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.SignalStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RobustnessReportTest {

    @Test
    void rendersFlagsTablesAndCurves() {
        Map<String, Object> probes = new LinkedHashMap<>();
        probes.put("dropout", Map.of("grid", List.of(0.0, 0.5),
                "logit", Map.of("mean", List.of(1.0, 0.8), "std", List.of(0.0, 0.1), "rAUC", 0.9, "sim_mean", 0.9),
                "retention", Map.of("metric", "AUROC", "clean", 0.8, "values", List.of(0.8, 0.6), "relative", List.of(1.0, 0.75), "rAUC", 0.875)));
        probes.put("permutation", Map.of("num_draws", 3, "logit", Map.of("sim_hist", List.of(0.7, 0.8, 0.9), "sim_mean", 0.8, "sim_std", 0.0816)));
        probes.put("noise", Map.of("error", "boom"));
        probes.put("line_noise", Map.of("grid", List.of(40.0, 5.0), "note", "line_noise: aliased",
                "logit", Map.of("mean", List.of(1.0, 0.9), "std", List.of(0.0, 0.0), "rAUC", 0.95, "sim_mean", 0.95)));
        var result = new RobustnessRunner.Result(Aggregates.metrics(probes), probes, Map.of(), List.of("constant: same output for every sample"), new SignalStats(1, 0, 1), Map.of());
        assertEquals(Map.of("dropout_rAUC", 0.9, "line_noise_rAUC", 0.95, "perm_equivariance", 0.8, "robustness_score", 0.925,
                "dropout_retention_rAUC", 0.875, "retention_score", 0.875), result.metrics());
        var r = RobustnessReport.render(result);
        assertTrue(r.markdown().contains("- **constant**: same output for every sample"), r.markdown());
        assertTrue(r.markdown().contains("| 0.5 | 0.8000 (±0.1000) | 0.6000 | 0.7500 |"), r.markdown());
        assertTrue(r.markdown().contains("**Mean Similarity**: 0.8000 (±0.0816) over 3 draws"));
        assertTrue(r.markdown().contains("Error: boom"));
        assertTrue(r.markdown().contains("### line_noise\n\nNote: line_noise: aliased\n\n**Logit rAUC**: 0.9500"), r.markdown());
        assertEquals(List.of("robustness_similarity.svg", "robustness_retention.svg"), List.copyOf(r.svgFiles().keySet()));
        String svg = r.svgFiles().get("robustness_similarity.svg");
        // dropout: x 0 -> left edge (50), 1.0 at y = 30 + 250 * 0.05 / 0.55; 0.5 -> right edge (410)
        assertTrue(svg.contains("points=\"50.0,52.7 410.0,143.6\""), svg);
    }
}
