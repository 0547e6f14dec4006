package io.fmbench.plugin.npydata;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Targets;
import io.fmbench.spi.npy.NpyFile;
import io.fmbench.spi.npy.NpyHeader;
import io.fmbench.spi.npy.NpyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads y.npy: integer arrays are class labels (renumbered 0..k-1 in sorted order, the original values kept as class
 * names); float arrays are regression targets (1-D: one output; 2-D: one row per sample). A dataset card may force
 * either with {@code target: classes} or {@code target: values}.
 */
final class Labels {

    private Labels() {}

    static Targets read(Path file, int samples, String forced) throws DataException {
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
        boolean integral = h.type() == NpyType.INT32 || h.type() == NpyType.INT64 || h.type() == NpyType.BOOL;
        boolean classes = forced != null ? forced.equals("classes") : integral && h.shape().length == 1;
        if (classes) {
            if (h.shape().length != 1) throw new DataException(file + ": class labels must be 1-D, got shape " + java.util.Arrays.toString(h.shape()));
            TreeSet<Double> distinct = new TreeSet<>();
            for (double v : raw) {
                if (v != Math.rint(v)) throw new DataException(file + ": class label " + v + " is not a whole number");
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
