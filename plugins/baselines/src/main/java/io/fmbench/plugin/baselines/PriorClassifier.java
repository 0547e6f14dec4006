package io.fmbench.plugin.baselines;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import java.util.Map;
import java.util.Set;

/**
 * Baselines that know only the class frequencies of the training split.
 * {@code majority}: always the most frequent class, one-hot (as scikit-learn's most_frequent dummy). Constant scores
 * give AUROC 0.5 exactly; the training frequencies as scores would differ slightly from fold to fold and leak a
 * spurious (anti-)signal into out-of-fold AUROC.
 * {@code stratified_random}: a class drawn from the training frequencies per sample (seeded by sample id), one-hot.
 */
final class PriorClassifier implements Model {

    enum Kind { MAJORITY, STRATIFIED_RANDOM }

    private final Kind kind;
    private final long seed;
    private final int classes;
    private double[] prior;

    PriorClassifier(Kind kind, long seed, int classes) {
        this.kind = kind;
        this.seed = seed;
        this.classes = classes;
    }

    @Override
    public Set<Output> outputs() {
        return Set.of(Output.PROBABILITIES, Output.LABELS);
    }

    @Override
    public boolean needsTraining() {
        return true;
    }

    @Override
    public void fit(Batch inputs, Targets targets) throws ModelException {
        if (!targets.isClassification()) throw new ModelException("a " + kind.name().toLowerCase() + " baseline needs class labels");
        if (targets.size() == 0) throw new ModelException("empty training split");
        prior = new double[classes];
        for (int c : targets.classes()) prior[c]++;
        for (int j = 0; j < classes; j++) prior[j] /= targets.size();
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        if (prior == null) throw new ModelException("predict called before fit");
        int n = batch.size();
        double[][] p = new double[n][];
        int[] labels = new int[n];
        int majority = 0;
        for (int j = 1; j < classes; j++) if (prior[j] > prior[majority]) majority = j;
        for (int i = 0; i < n; i++) {
            if (kind == Kind.MAJORITY) {
                p[i] = new double[classes];
                p[i][majority] = 1;
                labels[i] = majority;
            } else {
                labels[i] = draw(SampleRandom.uniform(seed, batch.sampleIds().get(i), 0));
                p[i] = new double[classes];
                p[i][labels[i]] = 1;
            }
        }
        return new Predictions(p, labels, null, null);
    }

    private int draw(double u) {
        double acc = 0;
        for (int j = 0; j < classes; j++) {
            acc += prior[j];
            if (u < acc) return j;
        }
        return classes - 1;
    }

    @Override
    public Map<String, Object> provenance() {
        return Map.of("baseline", kind.name().toLowerCase(), "random_seed", seed);
    }
}
