package io.fmbench.kernel.stats;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bootstrap intervals of every defined metric, as the eval record's {@code confidence_intervals} block:
 * {@code name: {lower, upper, level, method, resamples, undefined_resamples, seed}}, bounds rounded the way the
 * record rounds its point estimates. Metrics that are undefined on the whole sample get no interval.
 */
public final class MetricIntervals {

    private MetricIntervals() {}

    public static Map<String, Object> of(List<Metric> metrics, MetricInput input, Map<String, MetricResult> pointEstimates,
                                         BootstrapOptions options, java.util.function.DoubleUnaryOperator round) {
        return of(metrics, input, pointEstimates, options, round, m -> true);
    }

    /**
     * As above, with BCa (n jackknife evaluations on top of the resamples, about twice the time) only for the metrics
     * {@code bca} accepts, e.g. the primary metric; the others get percentile intervals.
     */
    public static Map<String, Object> of(List<Metric> metrics, MetricInput input, Map<String, MetricResult> pointEstimates,
                                         BootstrapOptions options, java.util.function.DoubleUnaryOperator round,
                                         java.util.function.Predicate<Metric> bca) {
        List<Metric> defined = new ArrayList<>();
        List<WeightedStatistic> statistics = new ArrayList<>();
        for (Metric m : metrics) {
            MetricResult point = pointEstimates.get(m.name());
            if (point == null || !point.defined()) continue;
            defined.add(m);
            statistics.add(MetricStatistics.of(m, input));
        }
        List<ConfidenceInterval> cis = Bootstrap.cis(statistics, input.size(), options, i -> bca.test(defined.get(i)));
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < defined.size(); i++) out.put(defined.get(i).name(), entry(cis.get(i), round));
        return out;
    }

    /** One interval as the record writes it. */
    public static Map<String, Object> entry(ConfidenceInterval ci, java.util.function.DoubleUnaryOperator round) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("lower", ci.defined() ? round.applyAsDouble(ci.lower()) : null);
        e.put("upper", ci.defined() ? round.applyAsDouble(ci.upper()) : null);
        e.put("level", ci.level());
        e.put("method", ci.method());
        e.put("resamples", ci.resamples());
        if (ci.undefinedResamples() > 0) e.put("undefined_resamples", ci.undefinedResamples());
        e.put("seed", ci.seed());
        return e;
    }
}
