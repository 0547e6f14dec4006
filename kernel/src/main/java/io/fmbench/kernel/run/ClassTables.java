package io.fmbench.kernel.run;

import io.fmbench.kernel.stats.ConfusionMatrix;
import io.fmbench.kernel.stats.PerClassTable;
import io.fmbench.spi.MetricInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The eval record's {@code confusion_matrix} (rows = true class, columns = predicted) and {@code per_class} blocks
 * (precision, recall, F1, support; null where a class is never predicted or never present).
 */
final class ClassTables {

    private ClassTables() {}

    static List<String> names(List<String> declared, int classCount) {
        List<String> names = new ArrayList<>(declared);
        for (int c = names.size(); c < classCount; c++) names.add(Integer.toString(c));
        return names.subList(0, classCount);
    }

    static Map<String, Object> confusion(MetricInput in, List<String> names) {
        ConfusionMatrix m = ConfusionMatrix.of(in.classes(), in.predicted(), in.classCount());
        List<Object> rows = new ArrayList<>();
        for (long[] r : m.counts()) {
            List<Object> row = new ArrayList<>();
            for (long v : r) row.add(v);
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", names);
        out.put("rows_are", "true class");
        out.put("counts", rows);
        return out;
    }

    static Map<String, Object> perClass(MetricInput in, List<String> names, DoubleUnaryOperator round) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PerClassTable.Row r : PerClassTable.of(ConfusionMatrix.of(in.classes(), in.predicted(), in.classCount()), names)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("precision", num(r.precision(), round));
            row.put("recall", num(r.recall(), round));
            row.put("f1", num(r.f1(), round));
            row.put("support", r.support());
            out.put(r.name(), row);
        }
        return out;
    }

    private static Object num(double v, DoubleUnaryOperator round) {
        return Double.isNaN(v) ? null : round.applyAsDouble(v);
    }
}
