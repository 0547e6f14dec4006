package io.fmbench.kernel.run;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds metric inputs from targets and predictions, and scores a list of metrics on them. */
public final class Scoring {

    private Scoring() {}

    public static MetricInput input(Targets targets, Predictions p) {
        if (targets.isClassification())
            return MetricInput.classification(targets.classes(), targets.classCount(), p.probabilities(), p.labelsOrArgmax());
        return MetricInput.regression(targets.values(), p.values());
    }

    /** The samples at the given rows. */
    public static MetricInput subset(MetricInput in, int[] rows) {
        if (in.classes() != null) {
            int[] c = new int[rows.length], pred = new int[rows.length];
            double[][] prob = in.probabilities() == null ? null : new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                c[i] = in.classes()[rows[i]];
                pred[i] = in.predicted()[rows[i]];
                if (prob != null) prob[i] = in.probabilities()[rows[i]];
            }
            return MetricInput.classification(c, in.classCount(), prob, pred);
        }
        double[][] t = new double[rows.length][], e = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            t[i] = in.targets()[rows[i]];
            e[i] = in.estimates()[rows[i]];
        }
        return MetricInput.regression(t, e);
    }

    /** Each metric's result; a metric whose required outputs are missing is undefined with that reason. */
    public static Map<String, MetricResult> score(List<Metric> metrics, MetricInput in) {
        Map<String, MetricResult> out = new LinkedHashMap<>();
        for (Metric m : metrics) {
            String missing = missingOutput(m, in);
            out.put(m.name(), missing != null ? MetricResult.undefined(missing) : safely(m, in));
        }
        return out;
    }

    private static MetricResult safely(Metric m, MetricInput in) {
        try {
            return m.compute(in);
        } catch (RuntimeException e) {
            return MetricResult.undefined("metric failed: " + e.getMessage());
        }
    }

    private static String missingOutput(Metric m, MetricInput in) {
        for (Output o : m.requires()) {
            boolean present = switch (o) {
                case PROBABILITIES -> in.probabilities() != null;
                case LABELS -> in.predicted() != null;
                case VALUES -> in.estimates() != null;
                case EMBEDDINGS -> false;
            };
            if (!present) return "the model gives no " + o.name().toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }
}
