package io.fmbench.kernel.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * report.md sections read from the eval record: the model against its baselines (margin over chance, chance-normalised
 * primary metric) and the cross-validation spread (mean +- sd over folds with the raw values).
 */
final class BaselineReport {

    private BaselineReport() {}

    @SuppressWarnings("unchecked")
    static String baselines(Map<String, Object> rec) {
        if (!(rec.get("baselines") instanceof Map<?, ?> raw)) return "";
        Map<String, Object> block = (Map<String, Object>) raw;
        Map<String, Object> summary = (Map<String, Object>) block.get("summary");
        String primary = String.valueOf(summary.get("primary_metric"));
        Map<String, Object> metrics = (Map<String, Object>) rec.get("metrics");
        StringBuilder md = new StringBuilder("## Baselines (same samples, same protocol)\n\n");
        md.append("Chance level: ").append(summary.get("chance_baseline")).append(" baseline, ").append(primary).append(" = ")
                .append(Markdown.number(summary.get("chance")))
                .append(summary.containsKey("chance_sd") ? " (mean of " + summary.get("chance_draws") + " seeded draws, sd "
                        + Markdown.number(summary.get("chance_sd")) + ")" : "").append(". Chance-normalised score: (score - chance) / (best - chance), ")
                .append("best = ").append(Markdown.number(summary.get("best_possible"))).append(".\n\n");
        md.append(Markdown.header(List.of("Model", primary, "Chance-normalised")));
        md.append(Markdown.row(List.of("**candidate** (" + ((Map<String, Object>) rec.get("model_ids")).get("candidate") + ")",
                Markdown.number(metrics.get(primary)), Markdown.number(summary.get("candidate_normalised")))));
        for (Map.Entry<String, Object> e : block.entrySet()) {
            if (e.getKey().equals("summary")) continue;
            Map<String, Object> m = (Map<String, Object>) ((Map<String, Object>) e.getValue()).get("metrics");
            md.append(Markdown.row(List.of(e.getKey() + " baseline" + ("random".equals(e.getKey()) ? " (first draw)" : ""), Markdown.number(m.get(primary)),
                    Markdown.number(summary.get(e.getKey() + "_normalised")))));
        }
        md.append("\nMargin of the candidate over chance (").append(primary).append(", positive = better): ")
                .append(Markdown.number(summary.get("candidate_margin_over_chance"))).append('\n');
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    static String folds(Map<String, Object> rec) {
        if (!(rec.get("cross_validation") instanceof Map<?, ?> raw)) return "";
        Map<String, Object> cv = (Map<String, Object>) raw;
        StringBuilder md = new StringBuilder("## Cross-validation (").append(cv.get("method")).append(")\n\n");
        md.append(Markdown.header(List.of("Metric", "Mean", "SD", "Per fold")));
        ((Map<String, Object>) cv.get("metrics")).forEach((name, v) -> {
            Map<String, Object> m = (Map<String, Object>) v;
            List<String> raws = new ArrayList<>();
            for (Object x : (List<Object>) m.get("per_fold")) raws.add(Markdown.number(x));
            md.append(Markdown.row(List.of(name, Markdown.number(m.get("mean")), Markdown.number(m.get("sd")), String.join(", ", raws))));
        });
        return md.toString();
    }
}
