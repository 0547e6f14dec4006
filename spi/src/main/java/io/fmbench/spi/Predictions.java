package io.fmbench.spi;

import java.util.Arrays;

/**
 * What a model returns for one batch: any of class probabilities (n x k), predicted labels (n), real-valued outputs
 * (n x d) and embeddings (n x e). Absent kinds are null. When probabilities are given and labels are not, the kernel
 * takes the arg-max (lowest index on ties, as the reference does).
 */
public record Predictions(double[][] probabilities, int[] labels, double[][] values, float[][] embeddings) {

    public Predictions {
        int n = -1;
        for (int len : new int[] {len(probabilities), labels == null ? -1 : labels.length, len(values), len(embeddings)}) {
            if (len < 0) continue;
            if (n >= 0 && len != n) throw new IllegalArgumentException("prediction parts disagree on the number of samples");
            n = len;
        }
        if (n < 0) throw new IllegalArgumentException("predictions carry no output");
    }

    private static int len(Object[] a) {
        return a == null ? -1 : a.length;
    }

    public static Predictions ofProbabilities(double[][] p) {
        return new Predictions(p, null, null, null);
    }

    public static Predictions ofLabels(int[] labels) {
        return new Predictions(null, labels, null, null);
    }

    public static Predictions ofValues(double[][] v) {
        return new Predictions(null, null, v, null);
    }

    public static Predictions ofEmbeddings(float[][] e) {
        return new Predictions(null, null, null, e);
    }

    public int size() {
        if (probabilities != null) return probabilities.length;
        if (labels != null) return labels.length;
        if (values != null) return values.length;
        return embeddings.length;
    }

    public boolean has(Output kind) {
        return switch (kind) {
            case PROBABILITIES -> probabilities != null;
            case LABELS -> labels != null || probabilities != null;
            case VALUES -> values != null;
            case EMBEDDINGS -> embeddings != null;
        };
    }

    /** Labels as given, else the arg-max of the probabilities (first maximum wins). */
    public int[] labelsOrArgmax() {
        if (labels != null) return labels;
        if (probabilities == null) return null;
        int[] out = new int[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            double[] row = probabilities[i];
            int best = 0;
            for (int j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
            out[i] = best;
        }
        return out;
    }

    /** Concatenates batch results in order; every part must have the same kinds of output. */
    public static Predictions concat(java.util.List<Predictions> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("no predictions to concatenate");
        Predictions first = parts.get(0);
        return new Predictions(
                first.probabilities == null ? null : parts.stream().flatMap(p -> Arrays.stream(require(p.probabilities))).toArray(double[][]::new),
                first.labels == null ? null : parts.stream().flatMapToInt(p -> Arrays.stream(require(p.labels))).toArray(),
                first.values == null ? null : parts.stream().flatMap(p -> Arrays.stream(require(p.values))).toArray(double[][]::new),
                first.embeddings == null ? null : parts.stream().flatMap(p -> Arrays.stream(require(p.embeddings))).toArray(float[][]::new));
    }

    private static <T> T require(T part) {
        if (part == null) throw new IllegalArgumentException("batches returned different kinds of output");
        return part;
    }
}
