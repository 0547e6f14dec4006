package io.fmbench.kernel.run;

import io.fmbench.kernel.stats.Summary;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The eval record's {@code seeds} block for {@code --seeds}: the whole evaluation (model seed, folds) repeated per seed.
 * Seed variance is the sd of a metric across seeds; sampling error is the bootstrap standard error of the first seed's
 * run (95% interval width / 3.92), kept apart because they answer different questions: "would another training seed
 * change the number?" versus "would another sample of patients?".
 */
final class SeedRepeats {

    private SeedRepeats() {}

    static Map<String, Object> of(List<Long> seeds, List<Evaluated> runs, List<Metric> metrics, Map<String, Object> intervals,
                                  DoubleUnaryOperator round) {
        Map<String, Object> byMetric = new LinkedHashMap<>();
        List<Map<String, MetricResult>> scores = new ArrayList<>();
        for (Evaluated e : runs) scores.add(Scoring.score(metrics, Scoring.input(e.targets(), e.predictions())));
        for (Metric m : metrics) {
            double[] v = new double[runs.size()];
            for (int s = 0; s < v.length; s++) {
                MetricResult r = scores.get(s).get(m.name());
                v[s] = r.defined() ? r.value() : Double.NaN;
            }
            Summary sum = Summary.of(v);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("mean", num(sum.mean(), round));
            entry.put("seed_sd", num(sum.sd(), round));
            List<Object> per = new ArrayList<>();
            for (double x : v) per.add(num(x, round));
            entry.put("per_seed", per);
            if (intervals.get(m.name()) instanceof Map<?, ?> ci && ci.get("lower") instanceof Number lo && ci.get("upper") instanceof Number hi)
                entry.put("sampling_se_bootstrap", num((hi.doubleValue() - lo.doubleValue()) / 3.92, round));
            byMetric.put(m.name(), entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seeds", seeds);
        out.put("metrics", byMetric);
        return out;
    }

    private static Object num(double v, DoubleUnaryOperator round) {
        return Double.isNaN(v) ? null : round.applyAsDouble(v);
    }
}
