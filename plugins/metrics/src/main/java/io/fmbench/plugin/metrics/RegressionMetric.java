package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Output;
import io.fmbench.spi.Task;
import java.util.Set;

/**
 * A regression metric computed per output column and averaged uniformly over the outputs (sklearn's
 * multioutput="uniform_average"); undefined when any output is.
 */
abstract class RegressionMetric extends BaseMetric {

    RegressionMetric(String name, Direction direction, double lowerBound, double upperBound) {
        super(name, Task.REGRESSION, direction, lowerBound, upperBound, Set.of(Output.VALUES));
    }

    @Override
    public final MetricResult compute(MetricInput input) {
        String problem = Inputs.regressionProblem(input);
        if (problem != null) return MetricResult.undefined(problem);
        int n = input.targets().length, d = input.targets()[0].length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = input.weight(i);
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double[] t = new double[n], e = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = input.targets()[i][j];
                e[i] = input.estimates()[i][j];
            }
            MetricResult r = perOutput(t, e, w);
            if (!r.defined())
                return MetricResult.undefined(d == 1 ? r.undefinedReason() : "output " + j + ": " + r.undefinedReason());
            sum += r.value();
        }
        return MetricResult.of(sum / d);
    }

    /** The metric of one output column; weights are never all zero. */
    abstract MetricResult perOutput(double[] truth, double[] estimate, double[] weights);

    static double weightedMean(double[] x, double[] w) {
        double s = 0, ws = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * x[i];
            ws += w[i];
        }
        return s / ws;
    }

    /** Weighted Pearson correlation, undefined when either side is constant. */
    static MetricResult pearson(double[] x, double[] y, double[] w) {
        double mx = weightedMean(x, w), my = weightedMean(y, w), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += w[i] * dx * dy;
            sxx += w[i] * dx * dx;
            syy += w[i] * dy * dy;
        }
        if (sxx <= 0) return MetricResult.undefined("targets are constant");
        if (syy <= 0) return MetricResult.undefined("estimates are constant");
        return MetricResult.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
    }
}
