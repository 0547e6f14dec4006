package io.fmbench.plugin.npydata;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Targets;
import io.fmbench.spi.npy.NpyFile;
import io.fmbench.spi.npy.NpyHeader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads y.npy: integer arrays are class labels (renumbered 0..k-1 in sorted order, the original values kept as class
 * names); float arrays are regression targets (1-D: one output; 2-D: one row per sample). A dataset card, or the
 * folder's info.json, may force either with {@code target: classes} or {@code target: values}; an info.json giving
 * {@code n_classes} (as the reference's toy data do) means class labels, also when numpy saved them as floats.
 */
final class Labels {

    /**
     * Class labels or values as the folder declares them, or null to go by y.npy's type.
     *
     * @param classes whether the targets are class labels
     * @param source  what declared it, for messages
     */
    record Kind(boolean classes, String source) {

        static Kind of(Map<String, Object> card, Map<String, Object> info, Path infoFile) throws DataException {
            if (card.get("target") != null) return parse(card.get("target"), "the dataset card's field 'target'");
            if (info.get("target") != null) return parse(info.get("target"), infoFile + " field 'target'");
            Object k = info.get("n_classes");
            if (k == null) return null;
            if (!(k instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 1)
                throw new DataException(infoFile + ": field 'n_classes' is " + k + "; give a whole number of classes, or leave it out for regression targets");
            return new Kind(true, infoFile + " field 'n_classes'");
        }

        private static Kind parse(Object value, String source) throws DataException {
            return switch (value.toString()) {
                case "classes" -> new Kind(true, source);
                case "values" -> new Kind(false, source);
                default -> throw new DataException(source + " is '" + value + "'; use 'classes' (class labels) or 'values' (regression targets)");
            };
        }
    }

    private Labels() {}

    static Targets read(Path file, int samples, Kind forced) throws DataException {
        NpyHeader h;
        double[] raw;
        try (NpyFile f = NpyFile.open(file)) {
            h = f.header();
            if (h.shape().length == 0 || h.shape()[0] != samples)
                throw new DataException(file + ": has " + (h.shape().length == 0 ? 0 : h.shape()[0]) + " rows but X.npy has " + samples
                        + " samples; they must match row for row");
            if (h.shape().length > 2) throw new DataException(file + ": targets must be 1-D or 2-D, got " + h.shape().length + "-D");
            raw = f.readAllDoubles();
        }
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isFinite(raw[i]))
                throw new DataException(file + ": value " + raw[i] + " at position " + i + "; targets must be finite");
        }
        boolean integral = h.type().integral();
        boolean classes = forced != null ? forced.classes() : integral && h.shape().length == 1;
        String why = forced != null && forced.classes() ? " (" + forced.source() + " says y holds class labels)" : "";
        if (classes) {
            if (h.shape().length != 1)
                throw new DataException(file + ": class labels must be 1-D, got shape " + java.util.Arrays.toString(h.shape()) + why);
            TreeSet<Double> distinct = new TreeSet<>();
            for (double v : raw) {
                if (v != Math.rint(v)) throw new DataException(file + ": class label " + v + " is not a whole number" + why);
                distinct.add(v);
            }
            List<Double> order = new ArrayList<>(distinct);
            int[] c = new int[raw.length];
            for (int i = 0; i < raw.length; i++) c[i] = order.indexOf(raw[i]);
            List<String> names = order.stream().map(v -> Long.toString(v.longValue())).toList();
            return Targets.classes(c, names);
        }
        int d = h.shape().length == 1 ? 1 : (int) h.shape()[1];
        double[][] v = new double[samples][d];
        for (int i = 0; i < samples; i++) System.arraycopy(raw, i * d, v[i], 0, d);
        return Targets.values(v);
    }
}
