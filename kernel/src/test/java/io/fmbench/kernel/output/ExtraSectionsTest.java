package io.fmbench.kernel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-output and embedding sections of report.md, read from an eval record. */
class ExtraSectionsTest {

    @Test
    void perOutputTableEndsWithTheAverage() {
        Map<String, Object> rec = new HashMap<>();
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("out_0", Map.of("Pearson", 0.6));
        rows.put("out_1", Map.of("Pearson", 0.8293));
        rec.put("per_output", rows);
        rec.put("metrics", Map.of("Pearson", 0.7146));
        assertEquals("""
                ## Per-output performance

                | Output | Pearson |
                |---|---|
                | out_0 | 0.6000 |
                | out_1 | 0.8293 |
                | **average** (metrics) | 0.7146 |
                """, OutputReport.render(rec));
        rec.put("per_output", "65 outputs: per-output values are listed up to 64");
        assertTrue(OutputReport.render(rec).endsWith("65 outputs: per-output values are listed up to 64.\n"));
        assertEquals("", OutputReport.render(Map.of()));
    }

    @Test
    void embeddingMetricsWithIntervalsAndReasons() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("knn5_accuracy", 0.9);
        m.put("folds", 5);
        m.put("silhouette", null);
        m.put("silhouette_distance", "euclidean");
        m.put("silhouette_samples", 2000);
        m.put("kmeans_ari", 0.41);
        m.put("kmeans_k", 3);
        m.put("kmeans_restarts", 4);
        m.put("confidence_intervals", Map.of("kmeans_ari", Map.of("lower", 0.35, "upper", 0.47)));
        m.put("undefined_metrics", Map.of("silhouette", "needs at least 2 classes"));
        String md = EmbeddingReport.render(Map.of("embedding_metrics", m));
        assertTrue(md.contains("| knn5_accuracy | 0.9000 |  |\n"), md);
        assertTrue(md.contains("| silhouette | n/a |  |\n"), md);
        assertTrue(md.contains("| kmeans_ari | 0.4100 | [0.3500, 0.4700] |\n"), md);
        assertTrue(md.contains("euclidean distance, on 2000 samples"), md);
        assertTrue(md.contains("k-means with k = 3"), md);
        assertTrue(md.contains("- **silhouette**: needs at least 2 classes"), md);
        assertEquals("", EmbeddingReport.render(Map.of()));
    }
}
