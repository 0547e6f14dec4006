package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.stats.Fold;
import io.fmbench.kernel.stats.KFold;
import io.fmbench.spi.Batch;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Predictions of a model that must be trained, never on samples it was fitted on. The dataset's own train/test split
 * wins when it has one (train on train, score test only); otherwise k-fold cross-validation: stratified by class, or
 * grouped by the suite's {@code protocol.cross_validation.group_by} column so that no subject or site is in both
 * train and test; regression folds are a seeded shuffle.
 */
final class CrossValidated {

    private CrossValidated() {}

    /**
     * @param predictions for the scored rows, in their order
     * @param rows        dataset rows scored (ascending), or null for all of them
     * @param foldTests   per fold, positions (in the scored rows) of its test samples; empty for a predefined split
     * @param method      how the split was made, for eval.yaml
     */
    record Result(Predictions predictions, int[] rows, List<int[]> foldTests, String method) {}

    static Result predict(String modelId, Model model, Dataset data, Protocol protocol, long seed) throws FmbenchException {
        Targets targets = data.targets();
        int n = data.size();
        Batch all = Predictor.read(data, 0, n);
        Map<String, int[]> predefined = data.predefinedSplits();
        if (predefined.containsKey("train") && predefined.containsKey("test")) {
            int[] train = predefined.get("train"), test = predefined.get("test");
            checkDisjoint(data.id(), train, test);
            Predictions p = fitAndPredict(modelId, model, all, targets, train, test, data, "the predefined train split");
            return new Result(p, test, List.of(), "predefined train/test split");
        }
        List<Fold> folds = folds(data, protocol, seed);
        List<Predictions> byFold = new ArrayList<>();
        List<int[]> testRows = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            byFold.add(fitAndPredict(modelId, model, all, targets, fold.train(), fold.test(), data, "fold " + (f + 1)));
            testRows.add(fold.test());
        }
        String method = protocol.groupBy() != null ? protocol.folds() + "-fold grouped by " + protocol.groupBy()
                : targets.isClassification() ? protocol.folds() + "-fold stratified" : protocol.folds() + "-fold shuffled";
        return new Result(reorder(byFold, testRows, n), null, testRows, method);
    }

    private static List<Fold> folds(Dataset data, Protocol protocol, long seed) throws FmbenchException {
        Targets t = data.targets();
        int[] classes = t.isClassification() ? t.classes() : null;
        try {
            if (protocol.groupBy() != null) {
                if (!data.metadata().has(protocol.groupBy()))
                    throw new FmbenchException("suite field 'protocol.cross_validation.group_by' names column '" + protocol.groupBy()
                            + "', which dataset '" + data.id() + "' does not have (columns: " + data.metadata().columns()
                            + "); name one of them or remove group_by");
                return KFold.grouped(data.metadata().column(protocol.groupBy()), classes, protocol.folds(), seed);
            }
            return KFold.stratified(classes != null ? classes : new int[data.size()], protocol.folds(), seed);
        } catch (IllegalArgumentException e) {
            throw new FmbenchException("dataset '" + data.id() + "': " + e.getMessage());
        }
    }

    private static Predictions fitAndPredict(String modelId, Model model, Batch all, Targets targets, int[] train, int[] test,
                                             Dataset data, String what) throws FmbenchException {
        try {
            model.fit(Predictor.subset(all, train), targets.subset(train));
        } catch (ModelException e) {
            throw new ModelFailure("model '" + modelId + "' failed to train on " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ModelFailure("model '" + modelId + "' crashed while training on " + what + " (" + e + ")", e);
        }
        return Predictor.predict(modelId, model, Predictor.subset(all, test), data);
    }

    private static void checkDisjoint(String dataset, int[] train, int[] test) throws FmbenchException {
        java.util.BitSet inTrain = new java.util.BitSet();
        for (int i : train) inTrain.set(i);
        for (int i : test)
            if (inTrain.get(i)) throw new FmbenchException("dataset '" + dataset + "': sample " + i + " is in both the predefined train and test splits; fix the split files");
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
