package com.example.fmbench.centroid;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Tensor;
import java.util.Map;
import java.util.Set;

/**
 * Nearest-centroid classifier on the flattened numeric inputs. {@link #fit} stores the mean input of each class;
 * {@link #predict} gives p(class j | x) proportional to exp(-d_j), where d_j is the mean squared difference between x and
 * centroid j (a softmax over negative distances: the closest centroid gets the highest probability). A class absent
 * from the training split gets probability 0.
 */
final class NearestCentroidModel implements Model {

    private final int classes;
    /** One row per class (null for a class never seen in training); null until fitted. */
    private double[][] centroids;
    private int features;

    NearestCentroidModel(int classes) {
        this.classes = classes;
    }

    @Override
    public Set<Output> outputs() {
        return Set.of(Output.PROBABILITIES);
    }

    @Override
    public boolean needsTraining() {
        return true;
    }

    @Override
    public void fit(Batch inputs, Targets targets) throws ModelException {
        Tensor x = numeric(inputs);
        if (!targets.isClassification()) throw new ModelException("nearest_centroid needs class labels to train");
        if (targets.size() != x.samples())
            throw new ModelException("training split has " + x.samples() + " samples but " + targets.size() + " labels");
        if (x.samples() == 0) throw new ModelException("nearest_centroid cannot train on an empty training split");
        features = x.sampleSize();
        double[][] sums = new double[classes][features];
        int[] counts = new int[classes];
        float[] data = x.data();
        for (int i = 0; i < x.samples(); i++) {
            int c = targets.classes()[i];
            if (c < 0 || c >= classes)
                throw new ModelException("training label " + c + " is outside the benchmark's " + classes + " classes");
            counts[c]++;
            for (int f = 0; f < features; f++) sums[c][f] += data[i * features + f];
        }
        centroids = new double[classes][];
        for (int c = 0; c < classes; c++) {
            if (counts[c] == 0) continue;
            centroids[c] = sums[c];
            for (int f = 0; f < features; f++) centroids[c][f] /= counts[c];
        }
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        if (centroids == null) throw new ModelException("nearest_centroid: predict called before fit");
        Tensor x = numeric(batch);
        if (x.sampleSize() != features)
            throw new ModelException("nearest_centroid was trained on " + features + " features per sample, got " + x.sampleSize());
        double[][] p = new double[x.samples()][];
        for (int i = 0; i < p.length; i++) p[i] = probabilities(x.data(), i * features);
        return Predictions.ofProbabilities(p);
    }

    /** Softmax over negative mean squared distances, shifted by the smallest distance so that exp never underflows to all zeros. */
    private double[] probabilities(float[] data, int start) {
        double[] d = new double[classes];
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            if (centroids[c] == null) {
                d[c] = Double.POSITIVE_INFINITY;
                continue;
            }
            double s = 0;
            for (int f = 0; f < features; f++) {
                double diff = data[start + f] - centroids[c][f];
                s += diff * diff;
            }
            d[c] = s / features;
            nearest = Math.min(nearest, d[c]);
        }
        double total = 0;
        double[] p = new double[classes];
        for (int c = 0; c < classes; c++) {
            p[c] = Math.exp(nearest - d[c]);
            total += p[c];
        }
        for (int c = 0; c < classes; c++) p[c] /= total;
        return p;
    }

    private static Tensor numeric(Batch batch) throws ModelException {
        if (batch.inputs() == null)
            throw new ModelException("nearest_centroid needs numeric inputs; this dataset gives sequences only");
        return batch.inputs();
    }

    /** Recorded in eval.yaml next to the results. */
    @Override
    public Map<String, Object> provenance() {
        return Map.of("features", features);
    }
}
