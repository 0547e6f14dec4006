package io.fmbench.plugin.subprocess;

import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Turns a predict reply into {@link Predictions}, refusing missing arrays, wrong shapes and non-finite numbers. */
final class Replies {

    private Replies() {}

    static Predictions predictions(Message reply, Set<Output> wanted, int n) throws ModelException {
        double[][] probs = null, values = null;
        int[] labels = null;
        float[][] emb = null;
        for (Output kind : wanted) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            WireArray a = reply.array(name);
            if (a == null) throw new ModelException("the model's reply has no '" + name + "' array");
            int[] shape = a.shape();
            if (shape.length == 0 || shape[0] != n)
                throw new ModelException("the model returned " + name + " of shape " + Arrays.toString(shape) + " for a batch of " + n
                        + " samples (the first dimension must be the number of samples)");
            switch (kind) {
                case PROBABILITIES -> {
                    if (shape.length != 2) throw new ModelException("predict_proba returned shape " + Arrays.toString(shape)
                            + "; it must be (samples, classes)");
                    probs = finite(a.toDoubleRows(), name);
                }
                case LABELS -> {
                    if (!a.isInteger() || a.columns() != 1)
                        throw new ModelException("predict returned " + a.dtype() + " of shape " + Arrays.toString(shape)
                                + "; class labels must be whole numbers, one per sample");
                    labels = Arrays.stream(a.toLongs()).mapToInt(Math::toIntExact).toArray();
                }
                case VALUES -> values = finite(a.toDoubleRows(), name);
                case EMBEDDINGS -> emb = finite(a.toFloatRows(), name);
            }
        }
        return new Predictions(probs, labels, values, emb);
    }

    private static double[][] finite(double[][] rows, String name) throws ModelException {
        for (int i = 0; i < rows.length; i++)
            for (double v : rows[i]) if (!Double.isFinite(v)) throw nonFinite(name, i, v);
        return rows;
    }

    private static float[][] finite(float[][] rows, String name) throws ModelException {
        for (int i = 0; i < rows.length; i++)
            for (float v : rows[i]) if (!Float.isFinite(v)) throw nonFinite(name, i, v);
        return rows;
    }

    private static ModelException nonFinite(String name, int row, double v) {
        return new ModelException("the model returned " + v + " in " + name + " for batch row " + row + "; outputs must be finite numbers");
    }
}
