package io.fmbench.kernel.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** report.md sections of a classification run: the per-class table and the confusion matrix (rows = true class). */
final class ClassReport {

    private ClassReport() {}

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> rec) {
        if (!(rec.get("per_class") instanceof Map<?, ?> perClass) || !(rec.get("confusion_matrix") instanceof Map<?, ?> cm)) return "";
        StringBuilder md = new StringBuilder("## Per-class performance\n\n");
        md.append(Markdown.header(List.of("Class", "Precision", "Recall", "F1", "Support")));
        ((Map<String, Object>) perClass).forEach((name, v) -> {
            Map<String, Object> r = (Map<String, Object>) v;
            md.append(Markdown.row(List.of(name, dash(r.get("precision")), dash(r.get("recall")), dash(r.get("f1")), String.valueOf(r.get("support")))));
        });
        md.append("\n## Confusion matrix (rows: true class, columns: predicted)\n\n");
        List<String> labels = (List<String>) cm.get("labels");
        List<String> head = new ArrayList<>(List.of("true \\ predicted"));
        head.addAll(labels);
        md.append(Markdown.header(head));
        List<List<Object>> counts = (List<List<Object>>) cm.get("counts");
        for (int i = 0; i < labels.size(); i++) {
            List<String> cells = new ArrayList<>(List.of(labels.get(i)));
            for (Object c : counts.get(i)) cells.add(String.valueOf(c));
            md.append(Markdown.row(cells));
        }
        return md.toString();
    }

    /** Undefined ratios (class never predicted or absent) show as "-", never as 0. */
    private static String dash(Object v) {
        return v == null ? "-" : Markdown.number(v);
    }
}
