package io.fmbench.kernel.run;

import io.fmbench.kernel.stats.Summary;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * CZI's principle: every run also scores a chance-level baseline and simple baselines on the same samples and protocol
 * (same seed, same folds), so a number is read against what no model and a trivial model get.
 * Classification: random (chance), majority class, and logistic regression when the inputs are numeric.
 * Regression: the training mean (chance) and ridge when the inputs are numeric.
 * The chance-normalised score is (score - chance) / (best - chance) for the primary metric, chance being the mean
 * score of the chance-level baseline over seeded draws and best the metric's best possible value.
 */
final class Baselines {

    /**
     * A baseline to run: its name in the record, its config settings, whether it defines chance, and how many seeded
     * draws to average for chance (one random draw on a few hundred samples is too noisy: AUROC +- 0.04).
     */
    record Spec(String id, Map<String, Object> settings, boolean chance, int draws) {}

    /** Draws of the random baseline averaged for the chance level. */
    static final int CHANCE_DRAWS = 20;

    private Baselines() {}

    /**
     * Largest weight matrix (features x outputs) a linear baseline is fitted with; beyond it the primal solvers would
     * need tens of gigabytes (e.g. 200k time-series features x 15k reconstructed values), so the baseline is skipped.
     */
    static final long MAX_LINEAR_WEIGHTS = 50_000_000L;

    /** Why the linear baseline is skipped for this data, or null when it runs. */
    static String linearSkipReason(Task task, Dataset data) {
        if (data.sampleShape().length == 0) return null;
        long features = 1;
        for (int d : data.sampleShape()) features *= d;
        long outputs = task == Task.CLASSIFICATION ? Math.max(1, data.targets().classCount())
                : data.targets().values().length == 0 ? 1 : data.targets().values()[0].length;
        if (features * outputs <= MAX_LINEAR_WEIGHTS) return null;
        return (task == Task.CLASSIFICATION ? "logistic_regression" : "ridge") + " baseline skipped: " + features + " features x "
                + outputs + " outputs is more weights than the solver's budget (" + MAX_LINEAR_WEIGHTS + ")";
    }

    static List<Spec> forTask(Task task, Dataset data) {
        boolean numeric = data.sampleShape().length > 0 && linearSkipReason(task, data) == null;
        List<Spec> out = new ArrayList<>();
        if (task == Task.CLASSIFICATION) {
            out.add(new Spec("random", Map.of("name", "random"), true, CHANCE_DRAWS));
            out.add(new Spec("majority", Map.of("name", "majority"), false, 1));
            if (numeric) out.add(new Spec("logistic_regression", Map.of("name", "logistic_regression"), false, 1));
        } else {
            out.add(new Spec("mean", Map.of("name", "mean"), true, 1));
            if (numeric) out.add(new Spec("ridge", Map.of("name", "ridge"), false, 1));
        }
        return out;
    }

    /** The config of draw {@code draw} (seeded run seed + draw, so draw 0 is the run's own seed). */
    static ModelConfig config(Spec s, ModelConfig candidate, long runSeed, int draw) {
        Map<String, Object> settings = new LinkedHashMap<>(s.settings());
        settings.put("seed", runSeed + draw);
        settings.put("model_id", s.id() + "_baseline");
        settings.put("type", "baseline");
        return new ModelConfig(candidate.file(), s.id() + "_baseline", "baseline", settings);
    }

    /**
     * The record's {@code baselines} block.
     *
     * @param scores      per baseline id, every metric's result on the baseline's (first draw's) predictions
     * @param chanceDraws the primary metric of every draw of the chance baseline (NaN where undefined)
     * @param candidate   the candidate's primary-metric result
     */
    static Map<String, Object> block(List<Spec> specs, Map<String, Map<String, MetricResult>> scores, double[] chanceDraws,
                                     Metric primary, Direction direction, MetricResult candidate, DoubleUnaryOperator round) {
        Map<String, Object> out = new LinkedHashMap<>();
        Double chance = null;
        String chanceId = null;
        for (Spec s : specs) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            scores.get(s.id()).forEach((k, r) -> metrics.put(k, r.defined() ? round.applyAsDouble(r.value()) : null));
            out.put(s.id(), Map.of("metrics", metrics));
            if (s.chance()) chanceId = s.id();
        }
        Summary draws = Summary.of(chanceDraws);
        if (chanceId != null && !Double.isNaN(draws.mean())) chance = draws.mean();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("primary_metric", primary.name());
        summary.put("chance_baseline", chanceId);
        summary.put("chance", chance == null ? null : round.applyAsDouble(chance));
        summary.put("chance_draws", chanceDraws.length);
        if (chanceDraws.length > 1 && !Double.isNaN(draws.sd())) summary.put("chance_sd", round.applyAsDouble(draws.sd()));
        double best = direction == Direction.HIGHER_IS_BETTER ? primary.upperBound() : primary.lowerBound();
        summary.put("best_possible", Double.isInfinite(best) ? null : best);
        for (Spec s : specs) {
            MetricResult p = scores.get(s.id()).get(primary.name());
            summary.put(s.id() + "_normalised", normalised(p, chance, best, round));
        }
        summary.put("candidate_margin_over_chance", candidate.defined() && chance != null
                ? round.applyAsDouble(direction == Direction.HIGHER_IS_BETTER ? candidate.value() - chance : chance - candidate.value()) : null);
        summary.put("candidate_normalised", normalised(candidate, chance, best, round));
        out.put("summary", summary);
        return out;
    }

    /** (score - chance) / (best - chance); null when undefined or when chance is already the best possible. */
    static Double normalised(MetricResult score, Double chance, double best, DoubleUnaryOperator round) {
        if (score == null || !score.defined() || chance == null || Double.isInfinite(best) || best == chance) return null;
        return round.applyAsDouble((score.value() - chance) / (best - chance));
    }
}
