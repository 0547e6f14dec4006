package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Tensor;
import java.util.ArrayList;
import java.util.List;

/** Streams a dataset through a model in batches, checking every batch's output. */
final class Predictor {

    private Predictor() {}

    /** Predicts every sample, in dataset order. */
    static Predictions predictAll(String modelId, Model model, Dataset data, int batchSize) throws FmbenchException {
        List<Predictions> parts = new ArrayList<>();
        for (int from = 0; from < data.size(); from += batchSize) {
            int to = Math.min(data.size(), from + batchSize);
            Batch batch = read(data, from, to);
            parts.add(predict(modelId, model, batch, data));
        }
        return Predictions.concat(parts);
    }

    static Predictions predict(String modelId, Model model, Batch batch, Dataset data) throws FmbenchException {
        Predictions p;
        try {
            p = model.predict(batch);
        } catch (ModelException e) {
            throw new ModelFailure("model '" + modelId + "' failed on samples " + batch.offset() + ".." + (batch.offset() + batch.size() - 1)
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ModelFailure("model '" + modelId + "' crashed on samples " + batch.offset() + ".." + (batch.offset() + batch.size() - 1)
                    + " (" + e + ")", e);
        }
        if (p == null) throw new ModelFailure("model '" + modelId + "' returned no predictions for samples starting at " + batch.offset());
        PredictionChecks.check(modelId, p, batch.size(), batch.offset(), data.targets());
        return p;
    }

    static Batch read(Dataset data, int from, int to) throws FmbenchException {
        try {
            return data.read(from, to);
        } catch (DataException e) {
            throw new FmbenchException(e.getMessage(), e);
        }
    }

    /** Rows of a batch picked by index (for training and test folds). */
    static Batch subset(Batch all, int[] rows) {
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) ids.add(all.sampleIds().get(r));
        Tensor inputs = null;
        if (all.inputs() != null) {
            Tensor t = all.inputs();
            int per = t.sampleSize();
            float[] data = new float[rows.length * per];
            for (int i = 0; i < rows.length; i++) System.arraycopy(t.data(), rows[i] * per, data, i * per, per);
            int[] shape = t.shape();
            shape[0] = rows.length;
            inputs = new Tensor(shape, data);
        }
        List<String> seqs = null;
        if (all.sequences() != null) {
            seqs = new ArrayList<>(rows.length);
            for (int r : rows) seqs.add(all.sequences().get(r));
        }
        return new Batch(0, ids, inputs, seqs);
    }
}
