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
 * {@code name: logistic_regression}: L2-penalised logistic regression on the raw numeric inputs, as scikit-learn's
 * {@code LogisticRegression(C=1.0, solver="lbfgs")} (multinomial for more than two classes), fitted by L-BFGS from
 * zero weights, so the same data gives the same model. Options: {@code C}, {@code class_weight: balanced},
 * {@code standardize} (default true; scikit-learn users add a StandardScaler), {@code max_iter} (100), {@code tol} (1e-4).
 */
final class LogisticRegression implements Model {

    record Options(double c, boolean balanced, boolean standardize, int maxIter, double tol) {}

    private final Options options;
    private final int classes;
    private LinearModel model;
    private int features = -1;
    private Lbfgs.Result fit;

    LogisticRegression(Options options, int classes) {
        this.options = options;
        this.classes = classes;
    }

    static Options options(Settings s) throws ModelException {
        return new Options(s.positive("C", 1.0), "balanced".equals(s.choice("class_weight", "balanced")),
                s.flag("standardize", true), s.positiveInt("max_iter", 100), s.positive("tol", 1e-4));
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
        if (!targets.isClassification()) throw new ModelException("logistic_regression needs class labels; use ridge for real-valued targets");
        if (classes < 2) throw new ModelException("logistic_regression needs at least two classes");
        Features x = Features.of(inputs, "logistic_regression");
        if (x.rows == 0) throw new ModelException("empty training split");
        int[] y = targets.classes();
        Features.Scaler scaler = x.fitScaler(options.standardize());
        SoftmaxObjective f = new SoftmaxObjective(x, scaler, y, sampleWeights(y), classes, options.c());
        fit = Lbfgs.minimize(f, new double[f.parameterCount()], options.maxIter(), options.tol());
        model = LinearModel.fromStandardised(fit.x(), SoftmaxObjective.scoredClasses(classes), scaler);
        features = x.cols;
    }

    /** 1 per sample, or scikit-learn's balanced weights n / (classes present * count of the sample's class). */
    private double[] sampleWeights(int[] y) {
        double[] w = new double[y.length];
        java.util.Arrays.fill(w, 1);
        if (!options.balanced()) return w;
        int[] count = new int[classes];
        for (int c : y) count[c]++;
        int present = 0;
        for (int c : count) if (c > 0) present++;
        for (int i = 0; i < y.length; i++) w[i] = (double) y.length / (present * count[y[i]]);
        return w;
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        if (model == null) throw new ModelException("predict called before fit");
        Features x = Features.of(batch, "logistic_regression");
        x.requireCols(features, "logistic_regression");
        double[][] p = new double[x.rows][];
        RowBlocks.forEach(x.rows, (from, to) -> {
            double[] z = new double[classes];
            for (int i = from; i < to; i++) {
                model.scores(x.x, i * x.cols, x.cols, z);
                double lse = SoftmaxObjective.logSumExp(z);
                p[i] = new double[classes];
                for (int k = 0; k < classes; k++) p[i][k] = Math.exp(z[k] - lse);
            }
        });
        return Predictions.ofProbabilities(p);
    }

    @Override
    public Map<String, Object> provenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", "logistic_regression");
        m.put("C", options.c());
        m.put("class_weight", options.balanced() ? "balanced" : "none");
        m.put("standardize", options.standardize());
        m.put("max_iter", options.maxIter());
        if (fit != null) {
            m.put("iterations_last_fit", fit.iterations());
            m.put("converged_last_fit", fit.converged());
        }
        return m;
    }

    LinearModel model() {
        return model;
    }
}
