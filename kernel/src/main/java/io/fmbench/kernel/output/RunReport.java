package io.fmbench.kernel.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders report.md for a {@code run} from its eval record: what was run, the overall table (primary metric first,
 * with intervals when present), undefined metrics with their reasons, stratified tables, and provenance.
 */
public final class RunReport {

    private RunReport() {}

    @SuppressWarnings("unchecked")
    public static String render(Map<String, Object> rec, List<String> extraSections) {
        Map<String, Object> meta = (Map<String, Object>) rec.get("run_metadata");
        Map<String, Object> metrics = (Map<String, Object>) rec.get("metrics");
        Map<String, Object> primary = (Map<String, Object>) rec.getOrDefault("primary_metric", Map.of());
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation Report: ").append(rec.get("eval_id")).append("\n\n");
        md.append("- **Suite**: ").append(meta.get("suite_id")).append('\n');
        md.append("- **Benchmark**: ").append(rec.get("benchmark_id")).append('\n');
        md.append("- **Model**: ").append(((Map<String, Object>) rec.get("model_ids")).get("candidate")).append('\n');
        md.append("- **Dataset**: ").append(rec.get("dataset_id")).append(" (").append(meta.get("n_samples")).append(" samples)\n");
        md.append("- **Task**: ").append(meta.get("task")).append('\n');
        md.append("- **Status**: ").append(rec.get("status")).append("\n\n");

        md.append(failures(rec));
        md.append("## Performance Metrics\n\n### Overall\n\n");
        Map<String, Object> uncertainty = (Map<String, Object>) rec.getOrDefault("confidence_intervals", Map.of());
        md.append(Markdown.header(List.of("Metric", "Value", "95% CI", "Better")));
        Map<String, Object> directions = (Map<String, Object>) rec.getOrDefault("metric_directions", Map.of());
        for (Map.Entry<String, Object> e : metrics.entrySet()) {
            if (e.getValue() instanceof Map<?, ?>) continue;
            String name = e.getKey().equals(primary.get("name")) ? "**" + e.getKey() + "** (primary)" : e.getKey();
            md.append(Markdown.row(List.of(name, Markdown.number(e.getValue()), Markdown.interval(uncertainty.get(e.getKey())),
                    String.valueOf(directions.getOrDefault(e.getKey(), "")))));
        }
        Map<String, Object> undefined = (Map<String, Object>) rec.getOrDefault("undefined_metrics", Map.of());
        if (!undefined.isEmpty()) {
            md.append("\nUndefined metrics (recorded as null, never as 0):\n\n");
            undefined.forEach((k, v) -> md.append("- **").append(k).append("**: ").append(v).append('\n'));
        }
        Object strat = metrics.get("stratified");
        if (strat instanceof Map<?, ?> s && !s.isEmpty()) {
            md.append("\n### Stratified Performance\n");
            for (Map.Entry<?, ?> col : s.entrySet()) {
                md.append("\n#### By ").append(Markdown.title(col.getKey().toString())).append("\n\n");
                Map<String, Map<String, Object>> groups = (Map<String, Map<String, Object>>) col.getValue();
                List<String> names = new ArrayList<>(groups.values().iterator().next().keySet());
                List<String> head = new ArrayList<>(List.of("Group"));
                head.addAll(names);
                md.append(Markdown.header(head));
                groups.keySet().stream().sorted().forEach(g -> {
                    List<String> cells = new ArrayList<>(List.of(g));
                    for (String n : names) cells.add(Markdown.number(groups.get(g).get(n)));
                    md.append(Markdown.row(cells));
                });
            }
        }
        Map<String, Object> skipped = (Map<String, Object>) rec.getOrDefault("stratification_skipped", Map.of());
        if (!skipped.isEmpty()) {
            md.append("\nGroups with fewer than ").append(meta.getOrDefault("min_group_size", 5))
                    .append(" samples were not scored (too small to say anything):\n\n");
            skipped.forEach((k, v) -> md.append("- ").append(Markdown.title(k)).append(": ").append(v).append('\n'));
        }
        for (String section : List.of(ClassReport.render(rec), OutputReport.render(rec), EmbeddingReport.render(rec), BaselineReport.baselines(rec),
                BaselineReport.folds(rec), SeedReport.render(rec)))
            if (!section.isBlank()) md.append('\n').append(section.strip()).append('\n');
        for (String section : extraSections) if (!section.isBlank()) md.append('\n').append(section.strip()).append('\n');

        md.append("\n## Execution Details\n\n");
        for (Map.Entry<String, Object> e : meta.entrySet()) {
            md.append("- **").append(Markdown.title(e.getKey())).append("**: ").append(flat(e.getValue())).append('\n');
        }
        return md.toString();
    }

    /** For a Partial record: what did not complete and why, before any number (which covers only what completed). */
    private static String failures(Map<String, Object> rec) {
        if (!(rec.get("failures") instanceof List<?> list) || list.isEmpty()) return "";
        StringBuilder md = new StringBuilder("## Failures\n\nThe metrics below cover only the seeds that completed; "
                + "these did not (full traces in fmbench.log):\n\n");
        for (Object o : list)
            if (o instanceof Map<?, ?> f)
                md.append("- **").append(f.get("benchmark_id")).append("** on ").append(f.get("dataset_id")).append(", seed ")
                        .append(f.get("seed")).append(": ").append(f.get("error")).append('\n');
        return md.append('\n').toString();
    }

    private static String flat(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + flat(x)));
            return String.join("; ", parts);
        }
        return Markdown.number(v);
    }
}
