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
 * {@code name: mean}: predicts the training split's mean of every target column, ignoring the input (scikit-learn's
 * DummyRegressor). The chance level of regression: R2 about 0 out of fold.
 */
final class MeanRegressor implements Model {

    private double[] mean;

    @Override
    public Set<Output> outputs() {
        return Set.of(Output.VALUES);
    }

    @Override
    public boolean needsTraining() {
        return true;
    }

    @Override
    public void fit(Batch inputs, Targets targets) throws ModelException {
        if (targets.isClassification()) throw new ModelException("the mean baseline is for real-valued targets; use majority for classes");
        if (targets.size() == 0) throw new ModelException("empty training split");
        double[][] y = targets.values();
        mean = new double[y[0].length];
        for (double[] row : y) for (int k = 0; k < mean.length; k++) mean[k] += row[k];
        for (int k = 0; k < mean.length; k++) mean[k] /= y.length;
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        if (mean == null) throw new ModelException("predict called before fit");
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < out.length; i++) out[i] = mean.clone();
        return Predictions.ofValues(out);
    }

    @Override
    public Map<String, Object> provenance() {
        return Map.of("baseline", "mean");
    }
}
