package io.fmbench.kernel.stats;

import java.util.ArrayList;
import java.util.List;

/** Precision, recall, F1 and support of every class, for the report's per-class table. */
public final class PerClassTable {

    /** NaN where a ratio has no denominator (class never predicted / never true): shown as "-", never as 0. */
    public record Row(int classIndex, String name, double precision, double recall, double f1, long support) {}

    private PerClassTable() {}

    /** @param names display names by class index (may be shorter: the index is used) */
    public static List<Row> of(ConfusionMatrix m, List<String> names) {
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < m.size(); c++) {
            long tp = m.get(c, c), support = m.support(c), predicted = m.predicted(c);
            double precision = predicted > 0 ? (double) tp / predicted : Double.NaN;
            double recall = support > 0 ? (double) tp / support : Double.NaN;
            double f1 = support + predicted > 0 ? 2.0 * tp / (support + predicted) : Double.NaN;
            rows.add(new Row(c, c < names.size() ? names.get(c) : Integer.toString(c), precision, recall, f1, support));
        }
        return rows;
    }
}
