package io.fmbench.spi;

import java.util.List;

/**
 * Ground truth of a dataset: class indices for classification, or real-valued targets (one row per sample) for
 * regression and reconstruction. Exactly one of {@code classes} and {@code values} is non-null.
 *
 * @param classes    class index per sample (0..k-1), or null
 * @param classNames display name per class index (may be empty: indices are shown)
 * @param values     targets per sample, or null
 */
public record Targets(int[] classes, List<String> classNames, double[][] values) {

    public Targets {
        if ((classes == null) == (values == null))
            throw new IllegalArgumentException("targets are either class indices or values");
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
    }

    public static Targets classes(int[] classes, List<String> names) {
        return new Targets(classes, names, null);
    }

    public static Targets values(double[][] values) {
        return new Targets(null, List.of(), values);
    }

    public boolean isClassification() {
        return classes != null;
    }

    public int size() {
        return classes != null ? classes.length : values.length;
    }

    /** Number of classes: the larger of the declared names and the largest index + 1. */
    public int classCount() {
        int max = -1;
        for (int c : classes) max = Math.max(max, c);
        return Math.max(max + 1, classNames.size());
    }

    public Targets subset(int[] indices) {
        if (classes != null) {
            int[] c = new int[indices.length];
            for (int i = 0; i < indices.length; i++) c[i] = classes[indices[i]];
            return new Targets(c, classNames, null);
        }
        double[][] v = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) v[i] = values[indices[i]];
        return new Targets(null, classNames, v);
    }
}
