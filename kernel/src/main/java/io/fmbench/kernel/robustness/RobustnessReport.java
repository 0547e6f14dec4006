package io.fmbench.kernel.robustness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The robustness part of report.md (reference section 8.5, plus flags, retention and curves). The SVG files are
 * returned for the caller to write next to report.md; the Markdown links them as images.
 */
public final class RobustnessReport {

    /** Markdown plus the SVG files it links (file name to content). */
    public record Rendered(String markdown, Map<String, String> svgFiles) {}

    private RobustnessReport() {}

    /** "[lower, upper]" of an interval entry, or a dash without one. */
    private static String interval(Object entry) {
        if (!(entry instanceof Map<?, ?> iv) || !(iv.get("lower") instanceof Number lo) || !(iv.get("upper") instanceof Number hi)) return "-";
        return String.format(Locale.ROOT, "[%.4f, %.4f]", lo.doubleValue(), hi.doubleValue());
    }

    @SuppressWarnings("unchecked")
    public static Rendered render(RobustnessRunner.Result r) {
        StringBuilder md = new StringBuilder();
        if (!r.flags().isEmpty()) {
            md.append("## Warning: these scores do not show robustness\n\n");
            for (String f : r.flags()) md.append("- **").append(f.substring(0, f.indexOf(':'))).append("**").append(f.substring(f.indexOf(':'))).append('\n');
            md.append('\n');
        }
        md.append("## Aggregate Robustness Scores\n\n| Metric | Score | 95% CI |\n|--------|-------|--------|\n");
        r.metrics().forEach((k, v) -> md.append(String.format(Locale.ROOT, "| **%s** | %.4f | %s |%n", k, ((Number) v).doubleValue(),
                interval(r.intervals().get(k)))));
        Map<String, double[][]> sim = new LinkedHashMap<>(), ret = new LinkedHashMap<>();
        md.append("\n## Probe Results\n\n");
        for (var e : r.probes().entrySet()) {
            Map<String, Object> p = (Map<String, Object>) e.getValue();
            md.append("### ").append(e.getKey()).append("\n\n");
            if (p.containsKey("error")) {
                md.append("Error: ").append(p.get("error")).append("\n\n");
                continue;
            }
            if (p.get("note") instanceof String note) md.append("Note: ").append(note).append("\n\n");
            Map<String, Object> logit = (Map<String, Object>) p.get("logit");
            Map<String, Object> retention = (Map<String, Object>) p.get("retention");
            if (p.containsKey("grid")) {
                List<Double> grid = (List<Double>) p.get("grid");
                List<Double> mean = (List<Double>) logit.get("mean"), std = (List<Double>) logit.get("std");
                md.append(String.format(Locale.ROOT, "**Logit rAUC**: %.4f%n%n", (Double) logit.get("rAUC")));
                md.append(retention == null ? "| Level | Cosine Similarity |\n|---|---|\n"
                        : "| Level | Cosine Similarity | " + retention.get("metric") + " | Retention |\n|---|---|---|---|\n");
                for (int i = 0; i < grid.size(); i++) {
                    md.append(String.format(Locale.ROOT, "| %s | %.4f (±%.4f) |", fmt(grid.get(i)), mean.get(i), std.get(i)));
                    if (retention != null)
                        md.append(String.format(Locale.ROOT, " %.4f | %.4f |", ((List<Double>) retention.get("values")).get(i), ((List<Double>) retention.get("relative")).get(i)));
                    md.append('\n');
                }
                md.append('\n');
                boolean snr = e.getKey().contains("noise") && !e.getKey().equals("spike_artifact");
                sim.put(e.getKey(), series(grid, mean, snr));
                if (retention != null) ret.put(e.getKey(), series(grid, (List<Double>) retention.get("relative"), snr));
            } else {
                md.append(String.format(Locale.ROOT, "**Mean Similarity**: %.4f (±%.4f) over %s draws%n%n", (Double) logit.get("sim_mean"),
                        (Double) logit.get("sim_std"), p.get("num_draws")));
            }
        }
        Map<String, String> svgs = new LinkedHashMap<>();
        if (!sim.isEmpty()) {
            svgs.put("robustness_similarity.svg", CurveSvg.render("Output similarity vs perturbation", sim));
            md.append("## Curves\n\n![Output similarity](robustness_similarity.svg)\n\n");
        }
        if (!ret.isEmpty()) {
            svgs.put("robustness_retention.svg", CurveSvg.render("Performance retention vs perturbation", ret));
            md.append("![Performance retention](robustness_retention.svg)\n\n");
        }
        md.append("""
                ## Interpretation Guide

                - **rAUC**: area under the similarity curve over the probe's grid, divided by the grid's span (1.0 = outputs never change).
                - **Cosine Similarity**: per-sample cosine between clean and perturbed outputs, averaged; 1.0 identical, 0.0 orthogonal.
                - **Retention**: the task metric on perturbed data divided by its value on clean data; unlike similarity it
                  cannot be high for a model that ignores its input and performs at chance.
                - **Robustness Score**: mean of the logit rAUCs (the reference's definition; permutation and contrast are not included).
                - **95% CI**: percentile bootstrap over samples (1000 resamples from the run's seed): every score is recomputed
                  from the same model outputs with the samples drawn again, so it shows how much the score owes to which
                  samples the data happen to hold; the model's own randomness and the probes' draws are not in it.
                """);
        return new Rendered(md.toString(), svgs);
    }

    /** Third row marks SNR grids, whose strong end is the low value. */
    private static double[][] series(List<Double> grid, List<Double> y, boolean reversed) {
        double[] x = grid.stream().mapToDouble(Double::doubleValue).toArray(), v = y.stream().mapToDouble(Double::doubleValue).toArray();
        return reversed ? new double[][] {x, v, {}} : new double[][] {x, v};
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
