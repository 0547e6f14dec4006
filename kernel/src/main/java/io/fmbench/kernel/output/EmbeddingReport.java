package io.fmbench.kernel.output;

import java.util.List;
import java.util.Map;

/**
 * report.md section of the eval record's {@code embedding_metrics}: probes trained on the embeddings (linear probe,
 * k-NN) and their untrained cluster structure (silhouette, k-means ARI/NMI), with intervals where the record has them.
 */
final class EmbeddingReport {

    private EmbeddingReport() {}

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> rec) {
        if (!(rec.get("embedding_metrics") instanceof Map<?, ?> raw)) return "";
        Map<String, Object> m = (Map<String, Object>) raw;
        Map<String, Object> intervals = (Map<String, Object>) m.getOrDefault("confidence_intervals", Map.of());
        StringBuilder md = new StringBuilder("## Embeddings\n\n");
        md.append(Markdown.header(List.of("Metric", "Value", "95% CI")));
        m.forEach((name, v) -> {
            if (v == null || v instanceof Double)
                md.append(Markdown.row(List.of(name, Markdown.number(v), Markdown.interval(intervals.get(name)))));
        });
        md.append("\nLinear probe and ").append(m.containsKey("knn5_accuracy") ? "5-NN" : "k-NN").append(" accuracy are out of fold (")
                .append(m.get("folds")).append(" folds). ");
        if (m.containsKey("silhouette"))
            md.append("Silhouette of the true classes, ").append(m.get("silhouette_distance")).append(" distance, on ")
                    .append(m.get("silhouette_samples")).append(" samples (seeded subsample above that), without an interval (O(n^2) per resample). ");
        if (m.containsKey("kmeans_ari"))
            md.append("k-means with k = ").append(m.get("kmeans_k")).append(" (the number of classes), k-means++ seeds, ")
                    .append(m.get("kmeans_restarts")).append(" seeded restarts, lowest inertia kept; ARI/NMI intervals resample with the clusters held fixed.");
        md.append('\n');
        if (m.get("undefined_metrics") instanceof Map<?, ?> undefined && !undefined.isEmpty()) {
            md.append("\nUndefined (null, never 0):\n\n");
            undefined.forEach((k, why) -> md.append("- **").append(k).append("**: ").append(why).append('\n'));
        }
        return md.toString();
    }
}
