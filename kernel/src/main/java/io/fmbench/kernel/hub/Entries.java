package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.MetricNames;
import io.fmbench.kernel.config.ModelCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns a valid eval record into a leaderboard {@link Entry}. */
final class Entries {

    private Entries() {}

    /**
     * Record flags (as {@code fmbench run-robustness} writes them) under which the score is meaningless: a model whose
     * outputs never change scores a perfect similarity by construction, so it is listed, not ranked. Other flags (e.g.
     * chance accuracy, nondeterminism) go into the row's notes.
     */
    static final java.util.Set<String> VOIDING_FLAGS = java.util.Set.of("constant", "insensitive");

    /** The name of a flag "name: explanation". */
    private static String flagName(String flag) {
        int colon = flag.indexOf(':');
        return (colon < 0 ? flag : flag.substring(0, colon)).trim();
    }

    @SuppressWarnings("unchecked")
    static Entry from(EvalValidator.Result r, Catalog catalog) {
        Map<String, Object> rec = r.record();
        BenchmarkDef bench = catalog.benchmarks().get((String) rec.get("benchmark_id"));
        Map<String, Object> ids = (Map<String, Object>) rec.get("model_ids");
        String modelRaw = ids.values().iterator().next().toString();
        Optional<ModelCard> card = catalog.modelCard(modelRaw);
        Map<String, Object> meta = rec.get("run_metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> metricsRaw = (Map<String, Object>) rec.get("metrics");
        Map<String, Object> undefined = rec.get("undefined_metrics") instanceof Map<?, ?> u ? (Map<String, Object>) u : Map.of();

        String datasetId = rec.get("dataset_id") instanceof String d ? d : null;
        String dataset = datasetId != null ? datasetId : "data_dir " + rec.get("data_dir");
        DatasetCard dcard = datasetId == null ? null : catalog.datasets().get(datasetId);
        String datasetName = dcard != null && !dcard.name().isBlank() ? dcard.name() : dataset;

        Map<String, Double> metrics = new TreeMap<>();
        metricsRaw.forEach((k, v) -> {
            if (v instanceof Number n) metrics.put(MetricNames.canonical(k), n.doubleValue());
        });

        String primary = bench.primaryMetric();
        String key = RecordMetrics.keyOf(metricsRaw, primary);
        Double score = null;
        String reason = null;
        if (key == null) reason = primary + " not reported";
        else if (metricsRaw.get(key) == null)
            reason = primary + " undefined" + (undefined.get(key) != null ? " (" + undefined.get(key) + ")" : "");
        else {
            score = ((Number) metricsRaw.get(key)).doubleValue();
            if (MetricRanges.isReferenceSentinel(primary, score)) {
                reason = primary + " = 0.0, the reference's stand-in for undefined";
                score = null;
            }
        }
        String status = String.valueOf(rec.get("status"));
        Leakage leakage = Leakage.classify(card, datasetId);
        if (reason == null && !"Completed".equals(status)) reason = "status " + status;
        if (reason == null && leakage == Leakage.RED) reason = "data leakage RED (the model card lists " + dataset + " as task training data)";
        List<String> recordFlags = rec.get("flags") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        List<String> voiding = recordFlags.stream().map(Entries::flagName).filter(VOIDING_FLAGS::contains).toList();
        if (reason == null && !voiding.isEmpty())
            reason = "flagged " + String.join(", ", voiding) + ": its outputs do not depend on its input, so its score says nothing (see the record's flags)";

        double[] ci = key == null ? null : RecordIntervals.of(rec, key);

        List<String> flags = new ArrayList<>();
        for (Problem p : r.problems()) if (!p.error() && !p.field().startsWith("model_ids")) flags.add(p.field() + ": " + p.message());
        if (card.isEmpty()) flags.add("no model card for '" + modelRaw + "'");
        if (ci == null && score != null) flags.add("no confidence interval");
        for (String f : recordFlags) if (!VOIDING_FLAGS.contains(flagName(f))) flags.add("⚠️ " + f.split(";", 2)[0]);

        return new Entry(String.valueOf(rec.get("eval_id")), r.file().getFileName().toString(), bench.id(), modelRaw,
                catalog.modelKey(modelRaw), catalog.displayName(modelRaw), dataset, datasetName, status, date(meta), score,
                reason, ci, metrics, stratified(metricsRaw), leakage, comparability(dataset, meta),
                msPerSample(meta), number(meta.get("peak_memory_mib")),
                rec.get("probes") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of(), flags);
    }

    private static String date(Map<String, Object> meta) {
        Object d = meta.get("timestamp_utc") != null ? meta.get("timestamp_utc") : meta.get("date");
        return d == null ? "" : d.toString();
    }

    /** What must be equal for two results to be ranked in one table. */
    private static Map<String, String> comparability(String dataset, Map<String, Object> meta) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("dataset", dataset);
        Object n = meta.get("n_test") != null ? meta.get("n_test") : meta.get("n_samples");
        c.put("test set size", n == null ? "not recorded" : n.toString());
        if (meta.get("dataset_sha256") != null) c.put("data hash", Hashing.shortHash(meta.get("dataset_sha256")));
        if (meta.get("protocol") != null) c.put("protocol", Hashing.canonical(meta.get("protocol")));
        if (meta.get("benchmark_version") != null) c.put("benchmark version", meta.get("benchmark_version").toString());
        return c;
    }

    private static Double msPerSample(Map<String, Object> meta) {
        Double perSample = number(meta.get("inference_time_per_sample_s"));
        if (perSample != null) return perSample * 1000;
        Double wall = number(meta.get("wall_time_s") != null ? meta.get("wall_time_s") : meta.get("runtime_seconds"));
        Double n = number(meta.get("n_samples") != null ? meta.get("n_samples") : meta.get("n_test"));
        return wall == null || n == null || n <= 0 ? null : wall * 1000 / n;
    }

    private static Double number(Object o) {
        return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Double>>> stratified(Map<String, Object> metrics) {
        Map<String, Map<String, Map<String, Double>>> out = new TreeMap<>();
        if (!(metrics.get("stratified") instanceof Map<?, ?> s)) return out;
        ((Map<String, Object>) s).forEach((col, groups) -> {
            if (!(groups instanceof Map<?, ?> gs)) return;
            Map<String, Map<String, Double>> g = new TreeMap<>();
            ((Map<String, Object>) gs).forEach((name, ms) -> {
                Map<String, Double> vals = new TreeMap<>();
                if (ms instanceof Map<?, ?> mm) mm.forEach((k, v) -> {
                    if (v instanceof Number n) vals.put(MetricNames.canonical(k.toString()), n.doubleValue());
                });
                g.put(String.valueOf(name), vals);
            });
            out.put(col.toLowerCase(Locale.ROOT), g);
        });
        return out;
    }
}
