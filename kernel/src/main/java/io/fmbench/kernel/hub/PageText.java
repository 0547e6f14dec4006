package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.BenchmarkDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Wording and number formats shared by the Markdown and HTML leaderboards, so both say the same thing. */
final class PageText {

    private PageText() {}

    static String num(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String ci(double[] ci) {
        return ci == null ? "—" : String.format(Locale.ROOT, "[%.4f, %.4f]", ci[0], ci[1]);
    }

    static String direction(Ranking.Board b) {
        return b.lowerIsBetter() ? "lower is better" : "higher is better";
    }

    static String medal(int rank) {
        return switch (rank) {
            case 1 -> "🥇";
            case 2 -> "🥈";
            case 3 -> "🥉";
            default -> "#" + rank;
        };
    }

    /**
     * Performance level: the benchmark's own {@code performance_targets} (good, excellent) when declared; otherwise
     * the reference's 0.9/0.8/0.7 levels, but only for higher-is-better metrics on a 0–1 scale (the reference applied
     * them to any metric, MSE included). Empty when no level applies.
     */
    static String level(BenchmarkDef b, Double score) {
        if (score == null || b.direction() == io.fmbench.spi.Direction.LOWER_IS_BETTER) return "";
        if (b.raw().get("performance_targets") instanceof Map<?, ?> t && t.get("good") instanceof Number good
                && t.get("excellent") instanceof Number exc)
            return score >= exc.doubleValue() ? "⭐ Excellent" : score >= good.doubleValue() ? "✅ Good" : "📈 Below target";
        boolean unitScale = MetricRanges.of(b.primaryMetric()).map(r -> r.min() == 0 && r.max() == 1).orElse(false);
        if (!unitScale) return "";
        return score >= 0.9 ? "⭐ Excellent" : score >= 0.8 ? "✅ Good" : score >= 0.7 ? "🔶 Fair" : "📈 Developing";
    }

    static String leakage(Leakage l) {
        return switch (l) {
            case GREEN -> "🟢 GREEN";
            case YELLOW -> "🟡 YELLOW";
            case RED -> "🔴 RED";
            case GRAY -> "⚪ GRAY";
        };
    }

    /** Warnings worth a reader's attention: identical scores first, then the record's validation warnings. */
    static List<String> flags(Ranking.Board b, Entry e) {
        List<String> out = new ArrayList<>();
        List<String> same = b.identicalTo().get(e.evalId());
        if (same != null) out.add("⚠️ identical metrics to " + String.join(", ", same) + " (likely not an independent run)");
        out.addAll(e.flags());
        return out;
    }

    static String metricLabel(Ranking.Board b) {
        return "`" + b.bench().primaryMetric() + "` (" + direction(b) + ")";
    }

    static String comparability(Map<String, String> c) {
        List<String> parts = new ArrayList<>();
        c.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    /** Stratified sub-leaderboards: metadata column -> groups in which some ranked row reports the primary metric. */
    static Map<String, java.util.TreeSet<String>> strata(Ranking.Board b, List<Ranking.Row> rows) {
        Map<String, java.util.TreeSet<String>> columns = new java.util.TreeMap<>();
        for (Ranking.Row r : rows)
            r.entry().stratified().forEach((col, groups) -> groups.forEach((g, m) -> {
                if (m.containsKey(b.bench().primaryMetric())) columns.computeIfAbsent(col, k -> new java.util.TreeSet<>()).add(g);
            }));
        return columns;
    }

    /** A stratum cell: the primary metric in that group, with the group size. */
    static String stratumCell(Ranking.Board b, Entry e, String column, String group) {
        Map<String, Double> m = e.stratified().getOrDefault(column, Map.of()).get(group);
        Double v = m == null ? null : m.get(b.bench().primaryMetric());
        Double n = m == null ? null : m.get("N");
        return v == null ? "—" : num(v) + (n == null ? "" : " (" + n.longValue() + ")");
    }

    static String anchor(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static final String HOW_TO_READ = """
            - **Ranking**: by each benchmark's declared primary metric and its direction; one row per model (its best run; \
            model ids are matched to model cards by id, alias or name, ignoring case). Equal scores share a rank; remaining \
            ties are ordered by the benchmark's secondary metrics, then by model id, so the page never depends on file order.
            - **Tie group**: models whose 95% confidence intervals overlap the group leader's (or whose scores are equal) \
            are not statistically separated; treat their order as a tie. Records without an interval are flagged.
            - **Comparability**: results are ranked together only when dataset, test set size, data hash, protocol and \
            benchmark version agree; other results are shown apart with the reason.
            - **Data leakage** (from the model card's `training_data`): 🟢 GREEN not seen in pretraining, 🟡 YELLOW seen in \
            pretraining only, 🔴 RED seen in task training (never ranked), ⚪ GRAY unknown.
            - **Not ranked**: runs that did not complete, primary metric undefined (never counted as 0.0), or RED leakage.
            - ⚠️ **Identical metrics** across different models usually means the same pipeline was run under different names.
            """;
}
