package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;

/** Refuses model outputs that would make metrics lie: wrong shapes, NaN, probabilities that do not sum to 1. */
public final class PredictionChecks {

    private PredictionChecks() {}

    public static void check(String model, Predictions p, int expectedRows, int offset, Targets targets) throws FmbenchException {
        check(model, p, expectedRows, offset, targets.isClassification(), targets.isClassification() ? targets.classCount() : targets.values()[0].length);
    }

    /**
     * As above, with what the checks need from the targets worked out once by a caller that checks many batches.
     *
     * @param width the number of classes, or of values per sample
     */
    public static void check(String model, Predictions p, int expectedRows, int offset, boolean classification, int width) throws FmbenchException {
        if (p.size() != expectedRows)
            throw new ModelFailure("model '" + model + "' returned " + p.size() + " predictions for a batch of " + expectedRows
                    + " samples (starting at sample " + offset + ")");
        if (classification) {
            if (!p.has(Output.LABELS) && p.embeddings() == null)
                throw new ModelFailure("model '" + model + "' returned neither probabilities, labels nor embeddings for a classification benchmark");
            int k = width;
            if (p.probabilities() != null) checkProbabilities(model, p.probabilities(), k, offset);
            if (p.labels() != null) {
                for (int i = 0; i < p.labels().length; i++) {
                    int l = p.labels()[i];
                    if (l < 0 || l >= k)
                        throw new ModelFailure("model '" + model + "' predicted class " + l + " for sample " + (offset + i)
                                + " but the benchmark has classes 0.." + (k - 1));
                }
            }
        } else {
            if (p.values() == null)
                throw new ModelFailure("model '" + model + "' returned no real-valued outputs for a regression/reconstruction benchmark");
            int d = width;
            for (int i = 0; i < p.values().length; i++) {
                double[] row = p.values()[i];
                if (row.length != d)
                    throw new ModelFailure("model '" + model + "' returned " + row.length + " values for sample " + (offset + i)
                            + " but the targets have " + d);
                for (double v : row) {
                    if (!Double.isFinite(v))
                        throw new ModelFailure("model '" + model + "' returned a non-finite value (" + v + ") for sample " + (offset + i));
                }
            }
        }
    }

    private static void checkProbabilities(String model, double[][] probs, int k, int offset) throws FmbenchException {
        for (int i = 0; i < probs.length; i++) {
            double[] row = probs[i];
            if (row.length != k)
                throw new ModelFailure("model '" + model + "' returned " + row.length + " class probabilities for sample " + (offset + i)
                        + " but the benchmark has " + k + " classes");
            double sum = 0;
            for (double v : row) {
                if (!Double.isFinite(v) || v < 0 || v > 1)
                    throw new ModelFailure("model '" + model + "' returned probability " + v + " for sample " + (offset + i)
                            + "; probabilities must be finite and within [0, 1]");
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-3)
                throw new ModelFailure("model '" + model + "' returned probabilities summing to " + sum + " for sample " + (offset + i)
                        + "; apply a softmax (rows must sum to 1)");
        }
    }
}
