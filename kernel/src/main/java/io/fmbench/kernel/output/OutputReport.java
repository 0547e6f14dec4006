package io.fmbench.kernel.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** report.md section of a regression with several outputs: each metric per output, then the uniform average. */
final class OutputReport {

    private OutputReport() {}

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> rec) {
        Object block = rec.get("per_output");
        if (block == null) return "";
        StringBuilder md = new StringBuilder("## Per-output performance\n\n");
        if (!(block instanceof Map<?, ?> raw)) return md.append(block).append(".\n").toString();
        Map<String, Map<String, Object>> rows = (Map<String, Map<String, Object>>) raw;
        List<String> names = new ArrayList<>(rows.values().iterator().next().keySet());
        List<String> head = new ArrayList<>(List.of("Output"));
        head.addAll(names);
        md.append(Markdown.header(head));
        rows.forEach((output, values) -> {
            List<String> cells = new ArrayList<>(List.of(output));
            for (String n : names) cells.add(Markdown.number(values.get(n)));
            md.append(Markdown.row(cells));
        });
        Map<String, Object> overall = (Map<String, Object>) rec.get("metrics");
        List<String> mean = new ArrayList<>(List.of("**average** (metrics)"));
        for (String n : names) mean.add(Markdown.number(overall.get(n)));
        md.append(Markdown.row(mean));
        return md.toString();
    }
}
