package io.fmbench.kernel.stats;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
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
        Map<String, Object> out = new LinkedHashMap<>();
        for (Metric m : metrics) {
            MetricResult point = pointEstimates.get(m.name());
            if (point == null || !point.defined()) continue;
            ConfidenceInterval ci = Bootstrap.ci(m, input, options);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("lower", ci.defined() ? round.applyAsDouble(ci.lower()) : null);
            e.put("upper", ci.defined() ? round.applyAsDouble(ci.upper()) : null);
            e.put("level", ci.level());
            e.put("method", ci.method());
            e.put("resamples", ci.resamples());
            if (ci.undefinedResamples() > 0) e.put("undefined_resamples", ci.undefinedResamples());
            e.put("seed", ci.seed());
            out.put(m.name(), e);
        }
        return out;
    }
}
