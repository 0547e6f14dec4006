package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricInput;

/**
 * Shared checks of a {@link MetricInput}: each returns the reason the metric is undefined, or null when the input is
 * usable, so that every metric words the same problem the same way.
 */
final class Inputs {

    private Inputs() {}

    /** Sum of the weights (n when unweighted). */
    static double totalWeight(MetricInput in) {
        double[] w = in.weights();
        if (w == null) return in.size();
        double s = 0;
        for (double v : w) s += v;
        return s;
    }

    /** Problems common to all classification metrics. */
    static String classificationProblem(MetricInput in) {
        if (in.classes() == null) return "no class labels (not a classification task)";
        if (in.weights() != null && in.weights().length != in.classes().length)
            return "weights have " + in.weights().length + " entries for " + in.classes().length + " samples";
        if (in.classes().length == 0 || totalWeight(in) <= 0) return "no samples";
        for (int c : in.classes())
            if (c < 0 || c >= in.classCount()) return "true class " + c + " outside 0.." + (in.classCount() - 1);
        return null;
    }

    /** Problems of a metric that reads the n x k probabilities. */
    static String probabilityProblem(MetricInput in) {
        String p = classificationProblem(in);
        if (p != null) return p;
        double[][] prob = in.probabilities();
        if (prob == null) return "the model gives no probabilities";
        if (prob.length != in.classes().length)
            return "probabilities have " + prob.length + " rows for " + in.classes().length + " samples";
        for (int i = 0; i < prob.length; i++) {
            if (prob[i].length != in.classCount())
                return "probabilities have " + prob[i].length + " columns for " + in.classCount() + " classes";
            for (double v : prob[i]) if (Double.isNaN(v)) return "probability of sample " + i + " is not a number";
        }
        return null;
    }

    /** Problems of a metric that reads predicted labels (given, or the arg-max of the probabilities). */
    static String labelProblem(MetricInput in) {
        String p = classificationProblem(in);
        if (p != null) return p;
        int[] pred = predicted(in);
        if (pred == null) return "the model gives neither labels nor probabilities";
        if (pred.length != in.classes().length)
            return "predictions have " + pred.length + " entries for " + in.classes().length + " samples";
        for (int c : pred) if (c < 0) return "negative predicted class " + c;
        return null;
    }

    /** The predicted labels, else the arg-max of the probabilities (first maximum wins, as the reference does). */
    static int[] predicted(MetricInput in) {
        if (in.predicted() != null) return in.predicted();
        double[][] prob = in.probabilities();
        if (prob == null) return null;
        int[] out = new int[prob.length];
        for (int i = 0; i < prob.length; i++) out[i] = argmax(prob[i]);
        return out;
    }

    static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
        return best;
    }

    /** Problems common to regression metrics (n x d targets and estimates of the same shape). */
    static String regressionProblem(MetricInput in) {
        double[][] t = in.targets(), e = in.estimates();
        if (t == null) return "no real-valued targets (not a regression task)";
        if (e == null) return "the model gives no real-valued outputs";
        if (t.length != e.length) return "estimates have " + e.length + " rows for " + t.length + " targets";
        if (in.weights() != null && in.weights().length != t.length)
            return "weights have " + in.weights().length + " entries for " + t.length + " samples";
        if (t.length == 0 || totalWeight(in) <= 0) return "no samples";
        int d = t[0].length;
        if (d == 0) return "targets have no columns";
        for (int i = 0; i < t.length; i++)
            if (t[i].length != d || e[i].length != d)
                return "row " + i + " has " + e[i].length + " estimates for " + t[i].length + " targets (expected " + d + ")";
        return null;
    }
}
