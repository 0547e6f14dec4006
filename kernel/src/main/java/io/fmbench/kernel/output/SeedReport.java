package io.fmbench.kernel.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** report.md section for {@code --seeds}: spread across seeds next to the bootstrap sampling error, per metric. */
final class SeedReport {

    private SeedReport() {}

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> rec) {
        if (!(rec.get("seeds") instanceof Map<?, ?> raw)) return "";
        Map<String, Object> block = (Map<String, Object>) raw;
        StringBuilder md = new StringBuilder("## Repeated seeds ").append(block.get("seeds")).append("\n\n");
        md.append("Seed SD: how much the number moves with the seed (training, folds). Sampling SE: how much it would move "
                + "with another sample of the same size (bootstrap, first seed).\n\n");
        md.append(Markdown.header(List.of("Metric", "Mean", "Seed SD", "Sampling SE", "Per seed")));
        ((Map<String, Object>) block.get("metrics")).forEach((name, v) -> {
            Map<String, Object> m = (Map<String, Object>) v;
            List<String> per = new ArrayList<>();
            for (Object x : (List<Object>) m.get("per_seed")) per.add(Markdown.number(x));
            md.append(Markdown.row(List.of(name, Markdown.number(m.get("mean")), Markdown.number(m.get("seed_sd")),
                    Markdown.number(m.get("sampling_se_bootstrap")), String.join(", ", per))));
        });
        return md.toString();
    }
}
