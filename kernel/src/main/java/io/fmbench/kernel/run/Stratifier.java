package io.fmbench.kernel.run;

import io.fmbench.spi.SampleTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits samples into groups by metadata columns (site, sex, scanner, ...) and by age bins, as the reference does
 * (spec §6.4): groups in first-appearance order, groups under the minimum size skipped, but listed as skipped.
 */
public final class Stratifier {

    /** The reference's categorical columns, in its order. */
    public static final List<String> DEFAULT_COLUMNS = List.of("site", "sex", "scanner", "disease_stage", "ethnicity");
    public static final int MIN_GROUP = 5;
    private static final int[][] AGE_BINS = {{20, 40}, {40, 60}, {60, 80}, {80, 100}};

    /**
     * @param groups  column → group → scores of that group
     * @param skipped column → group → size, for groups below the minimum
     */
    public record Result(Map<String, Map<String, Map<String, Object>>> groups, Map<String, Map<String, Integer>> skipped) {}

    private Stratifier() {}

    public static Result stratify(SampleTable meta, List<String> columns, Function<int[], Map<String, Object>> scorer) {
        Map<String, Map<String, Map<String, Object>>> groups = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> skipped = new LinkedHashMap<>();
        for (String column : columns) {
            if (!meta.has(column)) continue;
            add(column, meta.column(column), scorer, groups, skipped);
        }
        if (meta.has("age")) {
            List<String> bins = meta.column("age").stream().map(Stratifier::ageBin).toList();
            add("age_group", bins, scorer, groups, skipped);
        }
        return new Result(groups, skipped);
    }

    private static void add(String column, List<String> values, Function<int[], Map<String, Object>> scorer,
                            Map<String, Map<String, Map<String, Object>>> groups, Map<String, Map<String, Integer>> skipped) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) members.computeIfAbsent(values.get(i), k -> new ArrayList<>()).add(i);
        Map<String, Map<String, Object>> scored = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            List<Integer> rows = e.getValue();
            if (rows.size() < MIN_GROUP) {
                skipped.computeIfAbsent(column, k -> new LinkedHashMap<>()).put(e.getKey(), rows.size());
                continue;
            }
            scored.put(e.getKey(), scorer.apply(rows.stream().mapToInt(Integer::intValue).toArray()));
        }
        if (!scored.isEmpty()) groups.put(column, scored);
    }

    /** age_20-40 for 20 <= age < 40, ...; anything else (or unreadable) is age_unknown. */
    public static String ageBin(String age) {
        double a;
        try {
            a = Double.parseDouble(age.trim());
        } catch (NumberFormatException e) {
            return "age_unknown";
        }
        for (int[] b : AGE_BINS) if (a >= b[0] && a < b[1]) return "age_" + b[0] + "-" + b[1];
        return "age_unknown";
    }
}
