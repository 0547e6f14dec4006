package io.fmbench.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-sample metadata (subject, site, sex, age, ...), one row per sample in dataset order; all cells are strings as
 * read. An empty table (no columns) means the dataset has no metadata.
 */
public record SampleTable(List<String> columns, List<List<String>> rows) {

    public SampleTable {
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            if (r.size() != columns.size())
                throw new IllegalArgumentException("row " + copy.size() + " has " + r.size() + " cells, expected " + columns.size());
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
    }

    public static SampleTable empty() {
        return new SampleTable(List.of(), List.of());
    }

    public int size() {
        return rows.size();
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    /** The values of one column, or an empty list if the column is absent. */
    public List<String> column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) return List.of();
        List<String> out = new ArrayList<>(rows.size());
        for (List<String> r : rows) out.add(r.get(c));
        return out;
    }

    public SampleTable subset(int[] indices) {
        List<List<String>> out = new ArrayList<>(indices.length);
        for (int i : indices) out.add(rows.get(i));
        return new SampleTable(columns, out);
    }
}
