package io.fmbench.kernel.run;

import io.fmbench.kernel.stats.Bootstrap;
import io.fmbench.kernel.stats.BootstrapOptions;
import io.fmbench.kernel.stats.ClusterAgreement;
import io.fmbench.kernel.stats.KMeans;
import io.fmbench.kernel.stats.MetricIntervals;
import io.fmbench.kernel.stats.Silhouette;
import io.fmbench.kernel.stats.WeightedStatistic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * How well the embeddings separate the true classes without training: the silhouette of the classes (Euclidean, on
 * at most {@value #SILHOUETTE_MAX_SAMPLES} seeded samples as it is O(n^2)), and the ARI and NMI of k-means clusters
 * (k = number of classes) against the classes. ARI and NMI get bootstrap intervals with the clustering held fixed
 * (resampling reweights the contingency table, O(n) each); the silhouette gets none (O(n^2) per resample).
 */
final class EmbeddingClusters {

    static final int SILHOUETTE_MAX_SAMPLES = 2000;

    private EmbeddingClusters() {}

    /** The entries for {@code embedding_metrics}; {@code resamples} 0 = no intervals. */
    static Map<String, Object> of(float[][] emb, int[] classes, int classCount, long seed, int resamples, DoubleUnaryOperator round) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> undefined = new LinkedHashMap<>();
        int[] rows = Silhouette.sample(emb.length, SILHOUETTE_MAX_SAMPLES, seed);
        float[][] x = new float[rows.length][];
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = emb[rows[i]];
            y[i] = classes[rows[i]];
        }
        put(out, undefined, "silhouette", Silhouette.of(x, y, classCount), round,
                "needs at least 2 classes and fewer classes than samples");
        out.put("silhouette_distance", "euclidean");
        out.put("silhouette_samples", rows.length);

        int k = Math.min(classCount, emb.length);
        int[] clusters = KMeans.fit(emb, k, seed).labels();
        Map<String, WeightedStatistic> agreement = new LinkedHashMap<>();
        agreement.put("kmeans_ari", w -> ClusterAgreement.adjustedRand(ClusterAgreement.table(classes, classCount, clusters, k, w)));
        agreement.put("kmeans_nmi", w -> ClusterAgreement.normalisedMutualInfo(ClusterAgreement.table(classes, classCount, clusters, k, w)));
        Map<String, Object> intervals = new LinkedHashMap<>();
        agreement.forEach((name, stat) -> {
            double v = stat.apply(null);
            put(out, undefined, name, v, round, "not a finite number");
            if (resamples > 0 && !Double.isNaN(v))
                intervals.put(name, MetricIntervals.entry(Bootstrap.ci(stat, emb.length,
                        BootstrapOptions.defaults(seed).withResamples(resamples).withBcaMaxSamples(0)), round));
        });
        out.put("kmeans_k", k);
        out.put("kmeans_restarts", KMeans.RESTARTS);
        if (!intervals.isEmpty()) out.put("confidence_intervals", intervals);
        if (!undefined.isEmpty()) out.put("undefined_metrics", undefined);
        return out;
    }

    private static void put(Map<String, Object> out, Map<String, Object> undefined, String name, double v, DoubleUnaryOperator round,
                            String reason) {
        out.put(name, Double.isFinite(v) ? round.applyAsDouble(v) : null);
        if (!Double.isFinite(v)) undefined.put(name, reason);
    }
}
