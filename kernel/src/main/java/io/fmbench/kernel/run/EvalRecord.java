package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.SuiteDef;
import io.fmbench.kernel.output.EvalIds;
import io.fmbench.kernel.output.EvalYaml;
import io.fmbench.kernel.output.HashCache;
import io.fmbench.kernel.output.Hashes;
import io.fmbench.kernel.output.Provenance;
import io.fmbench.kernel.plugins.PluginHost;
import io.fmbench.kernel.plugins.PluginInfo;
import io.fmbench.kernel.stats.BootstrapOptions;
import io.fmbench.kernel.stats.MetricIntervals;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.SpiVersion;
import io.fmbench.spi.Targets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The eval record of one {@code run}: the reference's keys in its order (eval_id, benchmark_id, model_ids, dataset_id,
 * run_metadata, metrics, status) plus what makes a number defensible: the primary metric and its direction, why an
 * undefined metric is undefined, skipped strata, and provenance (versions, seed, machine, hashes, time, memory).
 */
public final class EvalRecord {

    /** Metrics reported per stratum (the reference's set), when installed. */
    static final List<String> STRATIFIED_METRICS = List.of("AUROC", "Accuracy", "F1-Score", "MSE", "R2");

    /** Everything a record is built from. */
    record Inputs(RunRequest req, SuiteDef suite, BenchmarkDef bench, DatasetCard card, Dataset data, ModelConfig config,
                  ModelAdapterFactory factory, DatasetLoader loader, List<Metric> metrics, Metric primary, Evaluated candidate,
                  List<Evaluated> seedRuns, Map<String, List<Evaluated>> baselines, List<Baselines.Spec> baselineSpecs, Protocol protocol, PluginHost host, long startedNanos) {}

    private final String evalId;
    private final Map<String, Object> map;
    private final String summary;

    private EvalRecord(String evalId, Map<String, Object> map, String summary) {
        this.evalId = evalId;
        this.map = map;
        this.summary = summary;
    }

    static EvalRecord build(Inputs in) throws FmbenchException {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String evalId = EvalIds.next(in.suite().id() + "-" + in.config().modelId(), now);
        MetricInput all = Scoring.input(in.candidate().targets(), in.candidate().predictions());
        Map<String, MetricResult> overall = Scoring.score(in.metrics(), all);

        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, Object> undefined = new LinkedHashMap<>();
        Map<String, Object> directions = new LinkedHashMap<>();
        overall.forEach((name, r) -> {
            metrics.put(name, r.defined() ? round4(r.value()) : null);
            if (!r.defined()) undefined.put(name, r.undefinedReason());
        });
        for (Metric m : in.metrics()) directions.put(m.name(), word(m.direction()));

        List<Metric> perGroup = in.metrics().stream().filter(m -> STRATIFIED_METRICS.contains(m.name())).toList();
        Stratifier.Result strata = Stratifier.stratify(in.candidate().metadata(), in.protocol().stratifyBy(), rows -> {
            Map<String, Object> g = new LinkedHashMap<>();
            Scoring.score(perGroup, Scoring.subset(all, rows)).forEach((k, r) -> g.put(k, r.defined() ? round4(r.value()) : null));
            g.put("N", rows.length);
            return g;
        });
        if (!strata.groups().isEmpty()) metrics.put("stratified", strata.groups());
        Map<String, Object> intervals = in.protocol().bootstrap() <= 0 ? Map.of() : MetricIntervals.of(in.metrics(), all, overall,
                BootstrapOptions.defaults(in.req().seed()).withResamples(in.protocol().bootstrap())
                        .withThreads(Runtime.getRuntime().availableProcessors()), EvalRecord::round4,
                m -> m.name().equals(in.primary().name())); // BCa where it matters: the primary metric

        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("eval_id", evalId);
        rec.put("benchmark_id", in.bench().id());
        rec.put("model_ids", Map.of("candidate", in.config().modelId()));
        rec.put("dataset_id", in.card().id());
        rec.put("run_metadata", runMetadata(in, now));
        rec.put("metrics", metrics);
        rec.put("status", "Completed");
        Map<String, Object> primary = new LinkedHashMap<>();
        primary.put("name", in.primary().name());
        primary.put("direction", word(primaryDirection(in)));
        rec.put("primary_metric", primary);
        rec.put("metric_directions", directions);
        if (!intervals.isEmpty()) rec.put("confidence_intervals", intervals);
        if (!in.candidate().foldTests().isEmpty()) rec.put("cross_validation", FoldMetrics.of(in.metrics(), all, in.candidate(), EvalRecord::round4));
        if (all.classes() != null && all.predicted() != null) {
            List<String> names = ClassTables.names(in.candidate().targets().classNames(), all.classCount());
            rec.put("per_class", ClassTables.perClass(all, names, EvalRecord::round4));
            rec.put("confusion_matrix", ClassTables.confusion(all, names));
        }
        if (all.targets() != null && all.estimates() != null) {
            Object perOutput = OutputTables.perOutput(in.metrics(), all, EvalRecord::round4);
            if (perOutput != null) rec.put("per_output", perOutput);
        }
        if (in.seedRuns().size() > 1) rec.put("seeds", SeedRepeats.of(in.req().seeds(), in.seedRuns(), in.metrics(), intervals, EvalRecord::round4));
        if (!in.baselines().isEmpty()) rec.put("baselines", baselines(in, overall.get(in.primary().name())));
        if (!undefined.isEmpty()) rec.put("undefined_metrics", undefined);
        if (!strata.skipped().isEmpty()) rec.put("stratification_skipped", strata.skipped());

        MetricResult p = overall.get(in.primary().name());
        String summary = in.primary().name() + " = " + (p.defined() ? String.format(java.util.Locale.ROOT, "%.4f", p.value()) : "undefined (" + p.undefinedReason() + ")");
        return new EvalRecord(evalId, rec, summary);
    }

    private static Map<String, Object> baselines(Inputs in, MetricResult candidate) {
        Map<String, Map<String, MetricResult>> scores = new LinkedHashMap<>();
        in.baselines().forEach((id, draws) -> scores.put(id, Scoring.score(in.metrics(), Scoring.input(draws.get(0).targets(), draws.get(0).predictions()))));
        List<Baselines.Spec> ran = in.baselineSpecs().stream().filter(s -> scores.containsKey(s.id())).toList();
        double[] chance = ran.stream().filter(Baselines.Spec::chance).findFirst().map(s -> in.baselines().get(s.id()).stream()
                .mapToDouble(e -> primaryValue(in.primary(), e)).toArray()).orElse(new double[0]);
        return Baselines.block(ran, scores, chance, in.primary(), primaryDirection(in), candidate, EvalRecord::round4);
    }

    private static double primaryValue(Metric primary, Evaluated e) {
        MetricResult r = Scoring.score(List.of(primary), Scoring.input(e.targets(), e.predictions())).get(primary.name());
        return r.defined() ? r.value() : Double.NaN;
    }

    private static Direction primaryDirection(Inputs in) {
        return in.bench().directionDeclared() ? in.bench().direction() : in.primary().direction();
    }

    private static Map<String, Object> runMetadata(Inputs in, ZonedDateTime now) throws FmbenchException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", now.toLocalDate().toString());
        m.put("timestamp_utc", now.withNano(0).toString());
        m.put("runner", "fmbench");
        m.put("suite_id", in.suite().id());
        m.put("model_config", in.req().modelConfig().toString());
        m.put("output_dir", in.req().outDir().toString());
        m.put("task", in.bench().task().name().toLowerCase(java.util.Locale.ROOT));
        m.put("n_samples", in.data().size());
        if (in.candidate().split() != null) {
            m.put("split", in.candidate().split());
            m.put("n_scored", in.candidate().size());
        }
        m.put("seed", in.req().seed());
        if (in.req().seeds().size() > 1) m.put("seeds", in.req().seeds());
        m.put("protocol", in.protocol().describe());
        m.put("min_group_size", Stratifier.MIN_GROUP);
        putProvenance(m, in.host(), List.of(in.factory(), in.loader(), in.primary()), in.factory(), in.candidate().provenance(), in.config(),
                in.data(), in.startedNanos());
        return m;
    }

    /**
     * What makes a run's numbers defensible, shared by every runner: versions, the plugins that provided the given
     * extensions, the model's own provenance, hashes of the model config and the data files, machine, time, memory.
     */
    public static void putProvenance(Map<String, Object> m, PluginHost host, List<?> extensions, ModelAdapterFactory factory,
                                     Map<String, Object> modelProvenance, ModelConfig config, Dataset data, long startedNanos) throws FmbenchException {
        putProvenance(m, host, extensions, factory, modelProvenance, config, dataHashes(data), startedNanos);
    }

    /**
     * SHA-256 of each of the data's files, by file name (a runner may compute it early, beside its own work); large
     * files unchanged since an earlier run are not read again ({@link HashCache}).
     */
    public static Map<String, Object> dataHashes(Dataset data) throws FmbenchException {
        Map<String, Object> hashes = new TreeMap<>();
        HashCache cache = HashCache.standard();
        for (Path f : data.files()) hashes.put(f.getFileName().toString(), cache.sha256(f));
        return hashes;
    }

    /** As above, with the data's hashes already computed ({@link #dataHashes}). */
    public static void putProvenance(Map<String, Object> m, PluginHost host, List<?> extensions, ModelAdapterFactory factory,
                                     Map<String, Object> modelProvenance, ModelConfig config, Map<String, Object> dataHashes,
                                     long startedNanos) throws FmbenchException {
        m.put("fmbench_version", Provenance.fmbenchVersion());
        m.put("spi_version", SpiVersion.CURRENT);
        Map<String, Object> plugins = new TreeMap<>();
        for (Object ext : extensions) {
            PluginInfo p = ext == null ? null : host.providerOf(ext);
            if (p != null) plugins.put(p.id(), p.version());
        }
        m.put("plugins", plugins);
        m.put("model_adapter", factory.type());
        PluginInfo adapterPlugin = host.providerOf(factory);
        if (adapterPlugin != null) m.put("model_adapter_plugin", adapterPlugin.id() + " " + adapterPlugin.version());
        if (!modelProvenance.isEmpty()) m.put("model", EvalYaml.orderedCopy(modelProvenance));
        m.put("model_config_sha256", Hashes.sha256(config.file()));
        m.put("dataset_sha256", dataHashes);
        m.putAll(Provenance.environment());
        m.put("wall_time_s", round4((System.nanoTime() - startedNanos) / 1e9));
        m.put("peak_memory_mib", round4(Provenance.peakMemoryMiB()));
    }

    static String word(Direction d) {
        return d == Direction.HIGHER_IS_BETTER ? "higher" : "lower";
    }

    /** Python's round(x, 4) on the exact binary value: half-even on ties, as the reference. */
    static double round4(double v) {
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    String evalId() {
        return evalId;
    }

    Map<String, Object> map() {
        return map;
    }

    String summary() {
        return summary;
    }
}
