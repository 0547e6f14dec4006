package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.BenchmarkDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The leaderboard as a MkDocs-Material page (admonitions, details), like the reference's docs/leaderboards/index.md. */
public final class MarkdownPage {

    private final StringBuilder md = new StringBuilder();

    private MarkdownPage() {}

    public static String render(Leaderboard lb) {
        MarkdownPage p = new MarkdownPage();
        p.page(lb);
        return p.md.toString();
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    private void page(Leaderboard lb) {
        line("# 🏆 Foundation Model Leaderboards");
        line("");
        line("!!! success \"Benchmark Hub Overview\"");
        line("    📊 **" + lb.boards().size() + "** Benchmarks | 🤖 **" + lb.modelCount() + "** Models | 📈 **" + lb.evalCount()
                + "** Evaluations (" + lb.skipped().stream().map(Problem::file).distinct().count() + " skipped)");
        line("");
        line("> **What is this?** Rankings of foundation models on healthcare benchmarks, rebuilt from the eval records in `evals/`.");
        line("> Every number links back to one record; records that cannot be ranked honestly are listed, not hidden.");
        line("");
        line("## How to read this page");
        line("");
        md.append(PageText.HOW_TO_READ);
        line("");
        line("## 🧭 Jump To");
        line("");
        for (Ranking.Board b : lb.boards()) line("- [" + b.bench().name() + "](#" + PageText.anchor(b.bench().name()) + ")");
        line("- [Overall comparison](#overall-comparison)");
        if (!lb.skipped().isEmpty()) line("- [Skipped records](#skipped-records)");
        line("");
        for (Ranking.Board b : lb.boards()) board(b);
        overall(lb);
        skipped(lb);
        line("## 🚀 Add Your Model");
        line("");
        line("1. Run `fmbench run --suite <SUITE> --model <config.yaml> --out <dir>` and check it with `fmbench validate <dir>/eval.yaml`.");
        line("2. Open a *Benchmark Submission* issue and paste the eval.yaml in a ```` ```yaml ```` block.");
        line("3. The bot validates it, files it under `evals/`, answers on the issue and rebuilds this page.");
    }

    private void board(Ranking.Board b) {
        BenchmarkDef bench = b.bench();
        line("## " + bench.name());
        line("");
        String desc = bench.description().strip().replaceAll("\\s*\\n\\s*", " ");
        if (!desc.isEmpty()) line("*" + desc + "*");
        line("");
        line("`" + bench.id() + "` · " + bench.aiTask() + (bench.healthDomain().isEmpty() ? "" : " · " + bench.healthDomain())
                + " · ranked by " + PageText.metricLabel(b));
        line("");
        if (b.main() == null) {
            line("!!! warning \"No ranked submissions yet\"");
            line("    Nothing can be ranked here yet" + (b.notRanked().isEmpty() ? "." : "; see the records that are not ranked below."));
            line("");
        } else {
            List<Ranking.Row> rows = b.main().rows();
            if (rows.size() >= 3) podium(rows);
            line("**" + rows.size() + " model" + (rows.size() == 1 ? "" : "s") + " ranked** on " + PageText.comparability(b.main().comparability()) + ":");
            line("");
            table(b, b.main());
            quickComparison(b, rows);
            stratified(b, rows);
        }
        for (Ranking.Table t : b.apart()) {
            line("??? note \"Shown apart, not comparable with the main table: " + t.apartReason().replace("\"", "'") + "\"");
            line("");
            StringBuilder saved = new StringBuilder();
            int mark = md.length();
            table(b, t);
            saved.append(md, mark, md.length());
            md.setLength(mark);
            saved.toString().lines().forEach(l -> line(l.isEmpty() ? "" : "    " + l));
        }
        if (!b.notRanked().isEmpty()) {
            line("**Not ranked:**");
            line("");
            for (Entry e : b.notRanked())
                line("- " + e.modelName() + " (`" + e.evalId() + "`): " + e.notRankableReason());
            line("");
        }
        line("---");
        line("");
    }

    private void podium(List<Ranking.Row> rows) {
        line("<div align=\"center\" markdown=\"1\">");
        line("");
        line("| 🥈 | 🥇 | 🥉 |");
        line("|:---:|:---:|:---:|");
        line("| " + podiumCell(rows.get(1)) + " | " + podiumCell(rows.get(0)) + " | " + podiumCell(rows.get(2)) + " |");
        line("");
        line("</div>");
        line("");
    }

    private static String podiumCell(Ranking.Row r) {
        return "**" + esc(r.entry().modelName()) + "** " + PageText.num(r.entry().score()) + (r.band().isEmpty() ? "" : " (tie " + r.band() + ")");
    }

    private void table(Ranking.Board b, Ranking.Table t) {
        boolean time = t.rows().stream().anyMatch(r -> r.entry().msPerSample() != null);
        boolean mem = t.rows().stream().anyMatch(r -> r.entry().peakMemoryMib() != null);
        List<String> head = new ArrayList<>(List.of("Rank", "Tie group", "Model", b.bench().primaryMetric(), "95% CI", "Level", "Leakage", "Dataset", "Date"));
        if (time) head.add("ms/sample");
        if (mem) head.add("Peak MiB");
        head.add("Notes");
        line("| " + String.join(" | ", head) + " |");
        line("|" + "---|".repeat(head.size()));
        for (Ranking.Row r : t.rows()) {
            Entry e = r.entry();
            List<String> cells = new ArrayList<>();
            cells.add(PageText.medal(r.rank()));
            cells.add(r.band());
            cells.add((r.rank() == 1 ? "**" + esc(e.modelName()) + "** 👑" : esc(e.modelName())) + (r.runs() > 1 ? " (best of " + r.runs() + " runs)" : ""));
            cells.add(PageText.num(e.score()));
            cells.add(PageText.ci(e.ci()));
            cells.add(PageText.level(b.bench(), e.score()));
            cells.add(PageText.leakage(e.leakage()));
            cells.add(esc(e.datasetName()));
            cells.add(e.date().length() > 10 ? e.date().substring(0, 10) : e.date());
            if (time) cells.add(e.msPerSample() == null ? "—" : String.format(java.util.Locale.ROOT, "%.3f", e.msPerSample()));
            if (mem) cells.add(e.peakMemoryMib() == null ? "—" : String.format(java.util.Locale.ROOT, "%.0f", e.peakMemoryMib()));
            cells.add(esc(String.join("; ", PageText.flags(b, e))));
            line("| " + String.join(" | ", cells) + " |");
        }
        line("");
    }

    private void quickComparison(Ranking.Board b, List<Ranking.Row> rows) {
        if (rows.size() < 2) return;
        Ranking.Row first = rows.get(0), second = rows.get(1);
        line("!!! tip \"Quick Comparison\"");
        line("    **Leader:** " + esc(first.entry().modelName()) + " with " + b.bench().primaryMetric() + " = " + PageText.num(first.entry().score()) + ".");
        double gap = Math.abs(first.entry().score() - second.entry().score());
        line("    Gap to 🥈 " + esc(second.entry().modelName()) + ": " + PageText.num(gap)
                + (second.band().isEmpty() || !second.band().equals(first.band()) ? "." : " — within the same tie group, so not a real difference."));
        line("");
    }

    /** Per-stratum tables of the primary metric for the ranked models (site, sex, scanner, age group, ...). */
    private void stratified(Ranking.Board b, List<Ranking.Row> rows) {
        for (Map.Entry<String, TreeSet<String>> c : PageText.strata(b, rows).entrySet()) {
            line("??? info \"By " + c.getKey() + " (" + b.bench().primaryMetric() + " per group, N in brackets)\"");
            line("");
            line("    | Model | " + String.join(" | ", c.getValue()) + " |");
            line("    |---|" + "---|".repeat(c.getValue().size()));
            for (Ranking.Row r : rows) {
                List<String> cells = new ArrayList<>();
                for (String g : c.getValue()) cells.add(PageText.stratumCell(b, r.entry(), c.getKey(), g));
                line("    | " + esc(r.entry().modelName()) + " | " + String.join(" | ", cells) + " |");
            }
            line("");
        }
    }

    private void overall(Leaderboard lb) {
        line("## Overall comparison");
        line("");
        line("Rank of each model in each benchmark's main table (— = not ranked there).");
        line("");
        List<Ranking.Board> ranked = lb.boards().stream().filter(b -> b.main() != null).toList();
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<String, String>> cells = new TreeMap<>();
        for (Ranking.Board b : ranked)
            for (Ranking.Row r : b.main().rows()) {
                names.put(r.entry().modelKey(), r.entry().modelName());
                cells.computeIfAbsent(r.entry().modelKey(), k -> new TreeMap<>()).put(b.bench().id(),
                        PageText.medal(r.rank()) + " " + PageText.num(r.entry().score()));
            }
        if (cells.isEmpty()) {
            line("*No ranked results yet.*");
            line("");
            return;
        }
        line("| Model | " + String.join(" | ", ranked.stream().map(b -> b.bench().name()).toList()) + " |");
        line("|---|" + "---|".repeat(ranked.size()));
        cells.forEach((key, byBench) -> line("| " + esc(names.get(key)) + " | "
                + String.join(" | ", ranked.stream().map(b -> byBench.getOrDefault(b.bench().id(), "—")).toList()) + " |"));
        line("");
    }

    private void skipped(Leaderboard lb) {
        if (lb.skipped().isEmpty() && lb.warnings().isEmpty()) return;
        line("## Skipped records");
        line("");
        line("These records were not used; each line says why (run `fmbench validate` on the file for details).");
        line("");
        for (Problem p : lb.skipped())
            line("- `" + p.file().getFileName() + "` line " + p.line() + (p.field().isEmpty() ? "" : ", `" + p.field() + "`") + ": " + esc(p.message()));
        for (String w : lb.warnings()) line("- card warning: " + esc(w.replaceAll("/[^ ]*/", "")));
        line("");
    }

    /** Keeps table cells intact: pipes escaped, newlines flattened. */
    static String esc(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
