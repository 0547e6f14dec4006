package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.MetricNames;
import io.fmbench.spi.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Ranks one benchmark's entries: by the benchmark's primary metric and direction; best run per model; only results
 * with equal comparability attributes in one table (the largest is the main table, the rest are shown apart with the
 * reason); deterministic tie-breaks (secondary metrics, then model id); equal scores share a rank; models whose 95%
 * intervals overlap the band leader's share a statistical tie band.
 */
public final class Ranking {

    /** A ranked row: competition rank (1, 2, 2, 4), tie band label (table positions, e.g. "1–3"; empty when alone), how many runs of the model the table saw. */
    public record Row(int rank, String band, Entry entry, int runs) {}

    /** Results that can be compared; {@code apartReason} is null for the main table. */
    public record Table(Map<String, String> comparability, List<Row> rows, String apartReason) {}

    /** @param identicalTo eval_id -> display names of other models whose metrics are identical (likely not independent runs) */
    public record Board(BenchmarkDef bench, Table main, List<Table> apart, List<Entry> notRanked, Map<String, List<String>> identicalTo) {
        public boolean lowerIsBetter() {
            return bench.direction() == Direction.LOWER_IS_BETTER;
        }
    }

    private Ranking() {}

    public static Board board(BenchmarkDef bench, List<Entry> entries) {
        boolean lower = bench.direction() == Direction.LOWER_IS_BETTER;
        Comparator<Entry> byScore = Comparator.comparingDouble((Entry e) -> lower ? e.score() : -e.score());
        Comparator<Entry> order = byScore;
        for (String s : secondaryMetrics(bench)) {
            boolean sLower = MetricNames.lowerIsBetter(s);
            order = order.thenComparingDouble(e -> {
                Double v = e.metrics().get(s);
                return v == null ? Double.POSITIVE_INFINITY : sLower ? v : -v;
            });
        }
        order = order.thenComparing(Entry::modelKey).thenComparing(Entry::evalId);
        // Among one model's runs: best score, then the most recent, then the eval id.
        Comparator<Entry> bestRun = byScore.thenComparing(Entry::date, Comparator.reverseOrder()).thenComparing(Entry::evalId);

        Map<String, List<Entry>> groups = new TreeMap<>();
        List<Entry> notRanked = new ArrayList<>();
        for (Entry e : entries) {
            if (e.rankable()) groups.computeIfAbsent(e.comparabilityKey(), k -> new ArrayList<>()).add(e);
            else notRanked.add(e);
        }
        notRanked.sort(Comparator.comparing(Entry::modelKey).thenComparing(Entry::evalId));

        List<Table> tables = new ArrayList<>();
        for (List<Entry> g : groups.values()) tables.add(table(g, order, bestRun));
        String defaultDataset = defaultDataset(bench);
        tables.sort(Comparator.comparingInt((Table t) -> -t.rows().size())
                .thenComparing(t -> !t.comparability().get("dataset").equals(defaultDataset))
                .thenComparing(t -> t.comparability().toString()));
        Table main = tables.isEmpty() ? null : tables.get(0);
        List<Table> apart = new ArrayList<>();
        for (Table t : tables.subList(Math.min(1, tables.size()), tables.size()))
            apart.add(new Table(t.comparability(), t.rows(), difference(t.comparability(), main.comparability())));
        return new Board(bench, main, apart, notRanked, identical(tables));
    }

    private static Table table(List<Entry> group, Comparator<Entry> order, Comparator<Entry> bestRun) {
        Map<String, List<Entry>> byModel = group.stream().collect(Collectors.groupingBy(Entry::modelKey, TreeMap::new, Collectors.toList()));
        List<Entry> best = new ArrayList<>();
        Map<String, Integer> runs = new TreeMap<>();
        byModel.forEach((k, runsOfModel) -> {
            best.add(runsOfModel.stream().min(bestRun).orElseThrow());
            runs.put(k, runsOfModel.size());
        });
        best.sort(order);
        List<Row> rows = new ArrayList<>();
        int[] rank = new int[best.size()];
        for (int i = 0; i < best.size(); i++)
            rank[i] = i > 0 && best.get(i).score().equals(best.get(i - 1).score()) ? rank[i - 1] : i + 1;
        String[] band = bands(best, rank);
        for (int i = 0; i < best.size(); i++) rows.add(new Row(rank[i], band[i], best.get(i), runs.get(best.get(i).modelKey())));
        return new Table(group.get(0).comparability(), rows, null);
    }

    /**
     * Statistical tie bands: walking down the table, a model joins the current band if its score equals the band
     * leader's or its 95% interval overlaps the leader's; otherwise it starts a new band. Without intervals only
     * equal scores tie.
     */
    static String[] bands(List<Entry> sorted, int[] rank) {
        String[] out = new String[sorted.size()];
        int start = 0;
        while (start < sorted.size()) {
            Entry lead = sorted.get(start);
            int end = start + 1;
            while (end < sorted.size() && tied(lead, sorted.get(end))) end++;
            String label = end - start == 1 ? "" : (start + 1) + "–" + end;
            for (int i = start; i < end; i++) out[i] = label;
            start = end;
        }
        return out;
    }

    private static boolean tied(Entry lead, Entry e) {
        if (lead.score().equals(e.score())) return true;
        return lead.ci() != null && e.ci() != null && e.ci()[0] <= lead.ci()[1] && lead.ci()[0] <= e.ci()[1];
    }

    /** Entries of different models with the same non-trivial metrics map. */
    private static Map<String, List<String>> identical(List<Table> tables) {
        Map<String, List<Entry>> bySignature = new TreeMap<>();
        for (Table t : tables)
            for (Row r : t.rows()) {
                Map<String, Double> m = new TreeMap<>(r.entry().metrics());
                m.remove("N");
                if (m.size() >= 2) bySignature.computeIfAbsent(m.toString(), k -> new ArrayList<>()).add(r.entry());
            }
        Map<String, List<String>> out = new TreeMap<>();
        for (List<Entry> same : bySignature.values()) {
            if (same.stream().map(Entry::modelKey).distinct().count() < 2) continue;
            for (Entry e : same)
                out.put(e.evalId(), same.stream().filter(o -> !o.modelKey().equals(e.modelKey())).map(Entry::modelName).distinct().sorted().toList());
        }
        return out;
    }

    private static String difference(Map<String, String> t, Map<String, String> main) {
        List<String> parts = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>(main);
        t.forEach(keys::putIfAbsent);
        keys.keySet().forEach(k -> {
            String a = t.getOrDefault(k, "not recorded"), b = main.getOrDefault(k, "not recorded");
            if (!a.equals(b)) parts.add(k + " " + a + " (main table: " + b + ")");
        });
        return String.join("; ", parts);
    }

    static List<String> secondaryMetrics(BenchmarkDef bench) {
        List<String> out = new ArrayList<>();
        if (bench.raw().get("metrics") instanceof Map<?, ?> m && m.get("secondary") instanceof List<?> l)
            for (Object o : l) {
                String c = MetricNames.canonical(String.valueOf(o));
                if (!c.equals(bench.primaryMetric()) && !out.contains(c)) out.add(c);
            }
        return out;
    }

    private static String defaultDataset(BenchmarkDef bench) {
        Object d = bench.raw().get("default_dataset");
        if (d == null) d = bench.raw().get("dataset_id");
        return d == null ? "" : d.toString();
    }
}
