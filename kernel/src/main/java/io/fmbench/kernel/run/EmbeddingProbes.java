package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.EvalYaml;
import io.fmbench.kernel.stats.Fold;
import io.fmbench.kernel.stats.KFold;
import io.fmbench.spi.Batch;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The eval record's {@code embedding_metrics} for a classification run whose model returns embeddings: a linear probe
 * (the baselines plugin's logistic regression, trained out of fold on the embeddings with the run's stratified folds)
 * scored with the installed AUROC and Accuracy, k-nearest-neighbour accuracy (k = 5, Euclidean, out of fold), and the
 * untrained cluster structure ({@link EmbeddingClusters}: silhouette, k-means ARI and NMI).
 */
final class EmbeddingProbes {

    static final int K_NEIGHBOURS = 5;

    private EmbeddingProbes() {}

    static Map<String, Object> of(Evaluated e, List<Metric> metrics, ModelAdapterFactory probeFactory, ModelConfig probeConfig,
                                  int folds, long seed, int resamples, DoubleUnaryOperator round) throws FmbenchException {
        float[][] emb = e.predictions().embeddings();
        Targets t = e.targets();
        int n = emb.length, k = t.classCount();
        double[][] prob = new double[n][];
        int[] knn = new int[n];
        for (Fold f : folds(t, folds, seed)) {
            fitAndPredict(e, probeFactory, probeConfig, seed, f, prob);
            for (int i : f.test()) knn[i] = nearestVote(emb, t.classes(), f.train(), emb[i], k);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, MetricResult> linear = Scoring.score(metrics.stream().filter(m -> m.name().equals("AUROC") || m.name().equals("Accuracy")).toList(),
                Scoring.input(t, Predictions.ofProbabilities(prob)));
        linear.forEach((name, r) -> out.put("linear_probe_" + name, r.defined() ? round.applyAsDouble(r.value()) : null));
        int right = 0;
        for (int i = 0; i < n; i++) if (knn[i] == t.classes()[i]) right++;
        out.put("knn" + K_NEIGHBOURS + "_accuracy", round.applyAsDouble((double) right / n));
        out.put("folds", folds);
        out.putAll(EmbeddingClusters.of(emb, t.classes(), k, seed, resamples, round));
        return out;
    }

    /**
     * A model that gives embeddings only (a foundation-model encoder, the reference's encode_sequences path) is scored
     * through a linear probe: out-of-fold logistic-regression probabilities on its embeddings become its predictions.
     */
    static Evaluated asClassifier(Evaluated e, ModelAdapterFactory probeFactory, ModelConfig probeConfig, int folds, long seed)
            throws FmbenchException {
        List<Fold> split = folds(e.targets(), folds, seed);
        double[][] prob = new double[e.predictions().embeddings().length][];
        List<int[]> tests = new ArrayList<>();
        for (Fold f : split) {
            fitAndPredict(e, probeFactory, probeConfig, seed, f, prob);
            tests.add(f.test());
        }
        Map<String, Object> prov = EvalYaml.orderedCopy(e.provenance());
        prov.put("scored_by", "linear probe (logistic regression) on the model's embeddings, " + folds + "-fold out-of-fold");
        return new Evaluated(e.targets(), new Predictions(prob, null, null, e.predictions().embeddings()), e.metadata(), e.sampleIds(),
                tests, "linear probe on embeddings, stratified " + folds + "-fold", prov);
    }

    private static List<Fold> folds(Targets t, int folds, long seed) throws FmbenchException {
        try {
            return KFold.stratified(t.classes(), folds, seed);
        } catch (IllegalArgumentException ex) {
            throw new FmbenchException("embedding probes: " + ex.getMessage());
        }
    }

    /** Fits the probe on the fold's training embeddings and writes its probabilities for the fold's test rows. */
    private static void fitAndPredict(Evaluated e, ModelAdapterFactory probeFactory, ModelConfig probeConfig, long seed, Fold f,
                                      double[][] prob) throws FmbenchException {
        float[][] emb = e.predictions().embeddings();
        Targets t = e.targets();
        int[] train = f.train(), test = f.test();
        try (Model probe = probeFactory.create(probeConfig, new ModelContext(seed, null, Task.CLASSIFICATION,
                ClassTables.names(t.classNames(), t.classCount())))) {
            probe.fit(batch(emb, train, e.sampleIds()), t.subset(train));
            Predictions p = probe.predict(batch(emb, test, e.sampleIds()));
            for (int i = 0; i < test.length; i++) prob[test[i]] = p.probabilities()[i];
        } catch (ModelException ex) {
            throw new FmbenchException("embedding linear probe failed: " + ex.getMessage(), ex);
        }
    }

    /** Majority class of the k nearest training embeddings (Euclidean); ties go to the lowest class index. */
    static int nearestVote(float[][] emb, int[] classes, int[] train, float[] q, int classCount) {
        int k = Math.min(K_NEIGHBOURS, train.length);
        double[] best = new double[k];
        int[] bestIdx = new int[k];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int j : train) {
            double d = 0;
            for (int c = 0; c < q.length; c++) {
                double x = q[c] - emb[j][c];
                d += x * x;
            }
            if (d >= best[k - 1]) continue; // strictly closer only: ties keep the earlier sample
            int pos = k - 1;
            while (pos > 0 && best[pos - 1] > d) {
                best[pos] = best[pos - 1];
                bestIdx[pos] = bestIdx[pos - 1];
                pos--;
            }
            best[pos] = d;
            bestIdx[pos] = j;
        }
        int[] votes = new int[classCount];
        for (int i = 0; i < k; i++) votes[classes[bestIdx[i]]]++;
        int win = 0;
        for (int c = 1; c < classCount; c++) if (votes[c] > votes[win]) win = c;
        return win;
    }

    private static Batch batch(float[][] emb, int[] rows, List<String> ids) {
        int d = emb[0].length;
        float[] data = new float[rows.length * d];
        List<String> sub = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(emb[rows[i]], 0, data, i * d, d);
            sub.add(ids.get(rows[i]));
        }
        return new Batch(0, sub, Tensor.of(data, rows.length, d), null);
    }
}
