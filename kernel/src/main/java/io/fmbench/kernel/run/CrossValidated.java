package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.Batch;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import java.util.ArrayList;
import java.util.List;

/**
 * Out-of-fold predictions for models that must be trained: every sample is predicted by a model fitted on the other
 * folds only, so no test label is ever seen in training.
 */
final class CrossValidated {

    private CrossValidated() {}

    static Predictions predict(String modelId, Model model, Dataset data, Protocol protocol, long seed, int batchSize)
            throws FmbenchException {
        Targets targets = data.targets();
        int n = data.size();
        Batch all = Predictor.read(data, 0, n);
        // regression: one stratum, so the folds are a seeded shuffle dealt round-robin
        int[] fold = Folds.stratified(targets.isClassification() ? targets.classes() : new int[n], protocol.folds(), seed);
        List<Predictions> byFold = new ArrayList<>();
        List<int[]> testRows = new ArrayList<>();
        for (int f = 0; f < protocol.folds(); f++) {
            int[] train = Folds.members(fold, f, false);
            int[] test = Folds.members(fold, f, true);
            try {
                model.fit(Predictor.subset(all, train), targets.subset(train));
            } catch (ModelException e) {
                throw new FmbenchException("model '" + modelId + "' failed to train on fold " + (f + 1) + ": " + e.getMessage(), e);
            }
            byFold.add(Predictor.predict(modelId, model, Predictor.subset(all, test), data));
            testRows.add(test);
        }
        return reorder(byFold, testRows, n);
    }

    /** Puts fold predictions back in dataset order. */
    private static Predictions reorder(List<Predictions> parts, List<int[]> rows, int n) {
        Predictions first = parts.get(0);
        double[][] prob = first.probabilities() == null ? null : new double[n][];
        int[] labels = first.labels() == null ? null : new int[n];
        double[][] values = first.values() == null ? null : new double[n][];
        for (int p = 0; p < parts.size(); p++) {
            int[] r = rows.get(p);
            for (int i = 0; i < r.length; i++) {
                if (prob != null) prob[r[i]] = parts.get(p).probabilities()[i];
                if (labels != null) labels[r[i]] = parts.get(p).labels()[i];
                if (values != null) values[r[i]] = parts.get(p).values()[i];
            }
        }
        return new Predictions(prob, labels, values, null);
    }
}
