package io.fmbench.kernel.run;

import io.fmbench.kernel.stats.Summary;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The eval record's {@code cross_validation} block: how the folds were made and, per metric, the mean and sample sd
 * over the folds with the raw per-fold values (null where a fold leaves the metric undefined, e.g. one class only).
 */
final class FoldMetrics {

    private FoldMetrics() {}

    static Map<String, Object> of(List<Metric> metrics, MetricInput all, Evaluated e, DoubleUnaryOperator round) {
        int k = e.foldTests().size();
        double[][] perFold = new double[metrics.size()][k];
        for (int f = 0; f < k; f++) {
            Map<String, MetricResult> r = Scoring.score(metrics, Scoring.subset(all, e.foldTests().get(f)));
            for (int m = 0; m < metrics.size(); m++) {
                MetricResult x = r.get(metrics.get(m).name());
                perFold[m][f] = x.defined() ? x.value() : Double.NaN;
            }
        }
        Map<String, Object> byMetric = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            Summary s = Summary.of(perFold[m]);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("mean", number(s.mean(), round));
            entry.put("sd", number(s.sd(), round));
            List<Object> raw = new ArrayList<>();
            for (double v : s.values()) raw.add(number(v, round));
            entry.put("per_fold", raw);
            if (s.undefined() > 0) entry.put("undefined_folds", s.undefined());
            byMetric.put(metrics.get(m).name(), entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", e.split());
        out.put("folds", k);
        List<Object> sizes = new ArrayList<>();
        for (int[] t : e.foldTests()) sizes.add(t.length);
        out.put("test_sizes", sizes);
        out.put("metrics", byMetric);
        return out;
    }

    private static Object number(double v, DoubleUnaryOperator round) {
        return Double.isNaN(v) ? null : round.applyAsDouble(v);
    }
}
