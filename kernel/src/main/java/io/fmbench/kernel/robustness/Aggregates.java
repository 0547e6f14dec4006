package io.fmbench.kernel.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the eval.yaml blocks: per-probe curve summaries and the aggregate metrics (reference section 7.5). */
final class Aggregates {

    private Aggregates() {}

    static String modality(int[] sampleShape) {
        return switch (sampleShape.length) {
            case 1 -> "genomics";
            case 2 -> "timeseries";
            case 3 -> "volumetric";
            default -> "unknown";
        };
    }

    static List<Double> list(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) out.add(d);
        return out;
    }

    static Map<String, Object> curve(double[] x, double[] mean, double[] std) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", list(mean));
        m.put("std", list(std));
        m.put("rAUC", Similarity.rAuc(x, mean));
        m.put("sim_mean", Similarity.mean(mean));
        return m;
    }

    static Map<String, Object> draws(double[] sims) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sim_hist", list(sims));
        m.put("sim_mean", Similarity.mean(sims));
        m.put("sim_std", Similarity.std(sims));
        return m;
    }

    /** The task metric at every grid point, relative to clean data, with its own rAUC for curves. */
    static Map<String, Object> retention(String metric, double clean, double[] x, double[] scores, boolean curve) {
        double[] rel = new double[scores.length];
        for (int i = 0; i < rel.length; i++) rel[i] = clean <= 0 ? Double.NaN : scores[i] / clean;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", metric);
        m.put("clean", clean);
        m.put("values", list(scores));
        m.put("relative", list(rel));
        if (curve) m.put("rAUC", Similarity.rAuc(x, rel));
        else m.put("relative_mean", Similarity.mean(rel));
        return m;
    }

    /**
     * Reference keys in run order: {@code <probe>_rAUC} for curves, perm_equivariance, shift_sensitivity,
     * robustness_score (mean of the unrounded logit rAUCs, contrast's left out as the reference does), all rounded to 4 decimals; then ours:
     * {@code <probe>_retention_rAUC} and retention_score.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> metrics(Map<String, Object> probes) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Double> raucs = new ArrayList<>(), retention = new ArrayList<>();
        Map<String, Object> retentionKeys = new LinkedHashMap<>();
        for (var e : probes.entrySet()) {
            Map<String, Object> p = (Map<String, Object>) e.getValue();
            if (p.containsKey("error")) continue;
            Map<String, Object> logit = (Map<String, Object>) p.get("logit");
            if (logit.containsKey("rAUC")) {
                double r = (Double) logit.get("rAUC");
                if (entersScore(e.getKey())) raucs.add(r);
                m.put(e.getKey() + "_rAUC", round4(r));
            }
            String simMean = simMeanKey(e.getKey());
            if (simMean != null) m.put(simMean, round4((Double) logit.get("sim_mean")));
            if (p.get("retention") instanceof Map<?, ?> ret && ret.get("rAUC") instanceof Double r && !r.isNaN()) {
                retention.add(r);
                retentionKeys.put(e.getKey() + "_retention_rAUC", round4(r));
            }
        }
        if (!raucs.isEmpty()) m.put("robustness_score", round4(raucs.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        m.putAll(retentionKeys);
        if (!retention.isEmpty()) m.put("retention_score", round4(retention.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return m;
    }

    /** The reference's metric for a probe's mean similarity over its grid or draws, or null when it has none. */
    static String simMeanKey(String probe) {
        return switch (probe) {
            case "permutation" -> "perm_equivariance";
            case "shift" -> "shift_sensitivity";
            default -> null;
        };
    }

    /** Whether a probe's rAUC enters robustness_score: the reference leaves contrast out (spec section 7.5). */
    static boolean entersScore(String probe) {
        return !probe.equals("contrast");
    }

    static double round4(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
