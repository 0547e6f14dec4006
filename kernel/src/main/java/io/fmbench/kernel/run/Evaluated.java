package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Model;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one model said about the samples it is scored on, with the matching truth and metadata: every sample, or only
 * the predefined test split when the dataset has one (for pre-trained models too, so that a model and its baselines
 * are always scored on the same samples).
 *
 * @param foldTests  per cross-validation fold, positions of its test samples (empty when the model was not trained)
 * @param split      how train and test were separated, or null for a pre-trained model on all samples
 */
record Evaluated(Targets targets, Predictions predictions, SampleTable metadata, List<String> sampleIds,
                 List<int[]> foldTests, String split, Map<String, Object> provenance) {

    static Evaluated of(String modelId, Model model, Dataset data, Protocol protocol, long seed, int batchSize) throws FmbenchException {
        if (model.needsTraining()) {
            CrossValidated.Result r = CrossValidated.predict(modelId, model, data, protocol, seed);
            return restrict(data, r.predictions(), r.rows(), r.foldTests(), r.method(), model.provenance());
        }
        Predictions all = Predictor.predictAll(modelId, model, data, batchSize);
        Map<String, int[]> splits = data.predefinedSplits();
        if (splits.containsKey("test")) {
            int[] test = splits.get("test");
            return restrict(data, subset(all, test), test, List.of(), "predefined test split", model.provenance());
        }
        return restrict(data, all, null, List.of(), null, model.provenance());
    }

    private static Evaluated restrict(Dataset data, Predictions p, int[] rows, List<int[]> folds, String split, Map<String, Object> prov) {
        if (rows == null) return new Evaluated(data.targets(), p, data.metadata(), data.sampleIds(), folds, split, prov);
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) ids.add(data.sampleIds().get(r));
        SampleTable meta = data.metadata().columns().isEmpty() ? data.metadata() : data.metadata().subset(rows);
        return new Evaluated(data.targets().subset(rows), p, meta, ids, folds, split, prov);
    }

    private static Predictions subset(Predictions p, int[] rows) {
        double[][] prob = p.probabilities() == null ? null : new double[rows.length][];
        int[] labels = p.labels() == null ? null : new int[rows.length];
        double[][] values = p.values() == null ? null : new double[rows.length][];
        float[][] emb = p.embeddings() == null ? null : new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (prob != null) prob[i] = p.probabilities()[rows[i]];
            if (labels != null) labels[i] = p.labels()[rows[i]];
            if (values != null) values[i] = p.values()[rows[i]];
            if (emb != null) emb[i] = p.embeddings()[rows[i]];
        }
        return new Predictions(prob, labels, values, emb);
    }

    int size() {
        return targets.size();
    }
}
