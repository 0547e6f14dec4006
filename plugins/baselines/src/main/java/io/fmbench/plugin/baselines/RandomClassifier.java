package io.fmbench.plugin.baselines;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import java.util.Map;
import java.util.Set;

/**
 * The reference's dummy_classifier, honestly named: probabilities drawn uniformly from the simplex (for two classes,
 * p ~ U(0,1) and [1-p, p] as the reference), ignoring the input. Its scores are what chance looks like.
 */
final class RandomClassifier implements Model {

    private final long seed;
    private final int classes;

    RandomClassifier(long seed, int classes) {
        this.seed = seed;
        this.classes = classes;
    }

    @Override
    public Set<Output> outputs() {
        return Set.of(Output.PROBABILITIES);
    }

    @Override
    public Predictions predict(Batch batch) {
        double[][] p = new double[batch.size()][];
        for (int i = 0; i < p.length; i++) p[i] = simplex(batch.sampleIds().get(i));
        return Predictions.ofProbabilities(p);
    }

    private double[] simplex(String id) {
        double[] row = new double[classes];
        if (classes == 2) {
            double p = SampleRandom.uniform(seed, id, 0);
            row[0] = 1 - p;
            row[1] = p;
            return row;
        }
        double sum = 0;
        for (int j = 0; j < classes; j++) {
            row[j] = -Math.log(1 - SampleRandom.uniform(seed, id, j)); // exponential draws, normalised: uniform on the simplex
            sum += row[j];
        }
        for (int j = 0; j < classes; j++) row[j] /= sum;
        return row;
    }

    @Override
    public Map<String, Object> provenance() {
        return Map.of("baseline", "random", "random_seed", seed);
    }
}
