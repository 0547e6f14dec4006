package io.fmbench.plugin.baselines;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code name: ridge}: linear least squares with an L2 penalty on the raw numeric inputs, one weight vector per target
 * column, as scikit-learn's {@code Ridge(alpha=1.0)}: minimises ||y - X w - b||^2 + alpha ||w||^2 with an unpenalised
 * intercept. Options: {@code alpha} (1.0), {@code standardize} (default false, as scikit-learn).
 */
final class Ridge implements Model {

    record Options(double alpha, boolean standardize) {}

    private final Options options;
    private final boolean forceCg;
    private LinearModel model;
    private int features = -1;

    Ridge(Options options, boolean forceCg) {
        this.options = options;
        this.forceCg = forceCg;
    }

    static Options options(Settings s) throws ModelException {
        return new Options(s.positive("alpha", 1.0), s.flag("standardize", false));
    }

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
        if (targets.isClassification()) throw new ModelException("ridge is for real-valued targets; use logistic_regression for classes");
        Features x = Features.of(inputs, "ridge");
        if (x.rows == 0) throw new ModelException("empty training split");
        double[][] y = targets.values();
        int t = y[0].length;
        double[] yMean = new double[t];
        for (double[] row : y) for (int k = 0; k < t; k++) yMean[k] += row[k] / y.length;
        double[][] yc = new double[y.length][t];
        for (int i = 0; i < y.length; i++) for (int k = 0; k < t; k++) yc[i][k] = y[i][k] - yMean[k];
        Features.Scaler s = x.centering(options.standardize());
        double[][] w = RidgeSolver.solve(x, s, yc, options.alpha(), forceCg);
        double[] theta = new double[t * (x.cols + 1)];
        for (int k = 0; k < t; k++) {
            System.arraycopy(w[k], 0, theta, k * (x.cols + 1), x.cols);
            theta[k * (x.cols + 1) + x.cols] = yMean[k]; // centred inputs: the intercept is the target mean
        }
        model = LinearModel.fromStandardised(theta, t, s);
        features = x.cols;
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        if (model == null) throw new ModelException("predict called before fit");
        Features x = Features.of(batch, "ridge");
        x.requireCols(features, "ridge");
        double[][] out = new double[x.rows][model.w.length];
        RowBlocks.forEach(x.rows, (from, to) -> {
            for (int i = from; i < to; i++) model.scores(x.x, i * x.cols, x.cols, out[i]);
        });
        return Predictions.ofValues(out);
    }

    @Override
    public Map<String, Object> provenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", "ridge");
        m.put("alpha", options.alpha());
        m.put("standardize", options.standardize());
        return m;
    }

    LinearModel model() {
        return model;
    }
}
