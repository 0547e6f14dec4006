package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.MetricNames;
import io.fmbench.kernel.yaml.LocatedYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one eval record: the JSON Schema, then what needs the definitions — the benchmark and dataset exist, metric
 * names are known, values lie in each metric's range, null metrics are explained, intervals are consistent. Every
 * problem names the file, the line and the field.
 */
public final class EvalValidator {

    /**
     * SUBMISSION (validate, ingest): an unknown dataset card or metric name is an error. LEADERBOARD: it is a warning,
     * so old records stay visible (flagged) while records that cannot be ranked honestly are still refused.
     */
    public enum Mode { SUBMISSION, LEADERBOARD }

    /** A validated record; {@code record} is null when the file could not be parsed into a mapping. */
    public record Result(Path file, Map<String, Object> record, LocatedYaml.Doc doc, List<Problem> problems) {
        public boolean valid() {
            return record != null && problems.stream().noneMatch(Problem::error);
        }
    }

    private final Catalog catalog;
    private final Mode mode;

    public EvalValidator(Catalog catalog, Mode mode) {
        this.catalog = catalog;
        this.mode = mode;
    }

    public Result validate(Path file) {
        try {
            return validate(file, Files.readString(file));
        } catch (IOException e) {
            return new Result(file, null, null, List.of(Problem.error(file, 1, "", "cannot read (" + e.getMessage() + ")")));
        }
    }

    @SuppressWarnings("unchecked")
    public Result validate(Path file, String text) {
        LocatedYaml.Doc doc;
        try {
            doc = LocatedYaml.parse(text);
        } catch (LocatedYaml.SyntaxError e) {
            return new Result(file, null, null, List.of(Problem.error(file, e.line(), "", e.getMessage())));
        }
        if (!(doc.root() instanceof Map<?, ?> m))
            return new Result(file, null, doc, List.of(Problem.error(file, 1, "",
                    "expected a YAML mapping (eval_id:, benchmark_id:, model_ids:, metrics:, status:), got " + JsonSchema.describe(doc.root()))));
        Map<String, Object> rec = (Map<String, Object>) m;
        Checks c = new Checks(file, doc);
        for (JsonSchema.Violation v : EvalSchema.get().validate(rec)) c.error(v.path(), v.message());
        semantic(rec, c);
        return new Result(file, rec, doc, c.problems);
    }

    @SuppressWarnings("unchecked")
    private void semantic(Map<String, Object> rec, Checks c) {
        BenchmarkDef bench = null;
        if (rec.get("benchmark_id") instanceof String b) {
            bench = catalog.benchmarks().get(b);
            if (bench == null)
                c.error("benchmark_id", "'" + b + "' is not a defined benchmark; use one of " + String.join(", ", catalog.benchmarks().keySet()));
        }
        if (rec.get("dataset_id") instanceof String d && !catalog.datasets().containsKey(d))
            c.byMode("dataset_id", "'" + d + "' has no dataset card; add one to the datasets folder or use a known id");
        if (rec.get("model_ids") instanceof Map<?, ?> ids && !ids.isEmpty() && ids.values().iterator().next() instanceof String id
                && catalog.modelCard(id).isEmpty())
            c.warning("model_ids." + ids.keySet().iterator().next(),
                    "'" + id + "' matches no model card (id, alias or name); shown as written, data-leakage class GRAY");

        Map<String, Object> undefined = rec.get("undefined_metrics") instanceof Map<?, ?> u ? (Map<String, Object>) u : Map.of();
        if (rec.get("metrics") instanceof Map<?, ?> metrics) {
            ((Map<String, Object>) metrics).forEach((name, v) -> {
                if (name.equals("stratified")) return;
                checkMetric("metrics.", name, v, undefined.containsKey(name), c);
            });
            if (metrics.get("stratified") instanceof Map<?, ?> strat)
                strat.forEach((col, groups) -> {
                    if (groups instanceof Map<?, ?> gs) gs.forEach((g, ms) -> {
                        String at = "metrics.stratified." + col + "." + g + ".";
                        if (ms instanceof Map<?, ?> mm) mm.forEach((name, v) -> checkMetric(at, name.toString(), v, true, c));
                    });
                });
            undefined.keySet().forEach(name -> {
                if (!metrics.containsKey(name)) c.warning("undefined_metrics." + name, "names a metric that is not under metrics");
                else if (metrics.get(name) != null)
                    c.error("undefined_metrics." + name, "the metric has a value (" + metrics.get(name) + ") but is listed as undefined; remove one");
            });
            checkUncertainty(rec, (Map<String, Object>) metrics, c);
            checkPrimary(rec, (Map<String, Object>) metrics, bench, c);
        }
    }

    /** {@code parent} is the field path up to the metric's name, e.g. {@code metrics.stratified.site.A.}; joined only to report. */
    private void checkMetric(String parent, String name, Object v, boolean nullExplained, Checks c) {
        Optional<MetricRanges.Range> range = MetricRanges.of(name);
        if (range.isEmpty()) {
            c.byMode(parent + name, "'" + name + "' is not a known metric name (e.g. AUROC, Accuracy, F1-Score, MSE, R2, robustness_score)");
            return;
        }
        if (v == null) {
            if (!nullExplained) c.error(parent + name, "is null but undefined_metrics." + name + " gives no reason; add the reason or the value");
            return;
        }
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) return; // the schema already reported it
        double x = n.doubleValue();
        if (!range.get().contains(x)) c.error(parent + name, "is " + x + ", outside the metric's range " + range.get().describe());
        else if (MetricRanges.isReferenceSentinel(name, x))
            c.warning(parent + name, "is 0.0, the Python reference's stand-in for 'undefined'; not ranked. Write null with a reason under undefined_metrics");
    }

    private static void checkUncertainty(Map<String, Object> rec, Map<String, Object> metrics, Checks c) {
        for (String block : RecordIntervals.BLOCKS) {
            if (!(rec.get(block) instanceof Map<?, ?> intervals)) continue;
            intervals.forEach((name, iv) -> {
                String path = block + "." + name;
                if (!metrics.containsKey(name.toString())) {
                    c.error(path, "names a metric that is not under metrics");
                    return;
                }
                double[] b = RecordIntervals.bounds(iv);
                if (b == null) return; // the schema reported its shape
                double lo = b[0], hi = b[1];
                String at = block.equals("uncertainty") ? path + ".ci95" : path;
                if (lo > hi) c.error(at, "lower bound " + lo + " is above upper bound " + hi);
                MetricRanges.of(name.toString()).ifPresent(r -> {
                    if (!r.contains(lo) || !r.contains(hi)) c.error(at, "[" + lo + ", " + hi + "] leaves the metric's range " + r.describe());
                });
                if (metrics.get(name.toString()) instanceof Number v && (v.doubleValue() < lo || v.doubleValue() > hi))
                    c.warning(at, "does not contain the point estimate " + v);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkPrimary(Map<String, Object> rec, Map<String, Object> metrics, BenchmarkDef bench, Checks c) {
        if (rec.get("primary_metric") instanceof Map<?, ?> pm && pm.get("name") instanceof String name) {
            if (!metrics.containsKey(name)) c.error("primary_metric.name", "'" + name + "' is not under metrics");
            if (bench != null && !MetricNames.canonical(name).equals(bench.primaryMetric()))
                c.warning("primary_metric.name", "'" + name + "' differs from benchmark " + bench.id() + "'s primary metric "
                        + bench.primaryMetric() + "; the leaderboard ranks by the benchmark's");
        }
        if (bench != null && "Completed".equals(rec.get("status")) && RecordMetrics.keyOf(metrics, bench.primaryMetric()) == null)
            c.warning("metrics", "has no " + bench.primaryMetric() + " (benchmark " + bench.id() + "'s primary metric); the record cannot be ranked");
    }

    /** Collects problems with their lines. */
    private final class Checks {
        final Path file;
        final LocatedYaml.Doc doc;
        final List<Problem> problems = new ArrayList<>();

        Checks(Path file, LocatedYaml.Doc doc) {
            this.file = file;
            this.doc = doc;
        }

        void error(String path, String message) {
            problems.add(Problem.error(file, doc.lineOf(path), path, message));
        }

        void warning(String path, String message) {
            problems.add(Problem.warning(file, doc.lineOf(path), path, message));
        }

        void byMode(String path, String message) {
            if (mode == Mode.SUBMISSION) error(path, message);
            else warning(path, message);
        }
    }
}
