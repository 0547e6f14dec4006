package io.fmbench.kernel.robustness;

import com.google.inject.Inject;
import io.fmbench.kernel.BackgroundTask;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.ModelConfigs;
import io.fmbench.kernel.output.AtomicFiles;
import io.fmbench.kernel.output.EvalIds;
import io.fmbench.kernel.output.EvalYaml;
import io.fmbench.kernel.plugins.Extensions;
import io.fmbench.kernel.run.EvalRecord;
import io.fmbench.kernel.run.PluginCalls;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.Metric;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * A whole robustness run: loads the model and the data through plugins, picks the probes, runs
 * {@link RobustnessRunner} and writes eval.yaml (reference section 8.2 plus provenance, flags, thresholds), report.md
 * and its SVG curves into the output folder. eval.yaml is written last, so its presence means a complete run.
 */
public final class RobustnessRun {

    /** The benchmark every robustness record is filed under (the reference's id). */
    public static final String BENCHMARK_ID = "robustness_testing";
    /** Retention is measured with this metric on classification data when a plugin provides it, else accuracy. */
    static final String PRIMARY_METRIC = "AUROC";
    /** Retention's metric for regression targets: R2 is a share of variance explained, so a ratio of two reads as one. */
    static final String REGRESSION_PRIMARY_METRIC = "R2";

    private final Extensions extensions;

    @Inject
    public RobustnessRun(Extensions extensions) {
        this.extensions = extensions;
    }

    public Path run(RobustnessRequest req, PrintStream out, PrintStream messages) throws FmbenchException {
        long started = System.nanoTime();
        RunTrace.mark("run starts");
        ModelConfig config = ModelConfigs.read(req.modelConfig());
        if (req.card() == null && !Files.isDirectory(req.dataDir()))
            throw new FmbenchException("data directory '" + req.dataDir() + "' does not exist; run fmbench generate-toy-data first, or give the folder holding X.npy");
        checkFolder(req.outDir(), "--out");
        if (req.evalsDir() != null) checkFolder(req.evalsDir(), "--evals-dir");
        DatasetSource source = req.card() != null ? req.card().source()
                : new DatasetSource(req.datasetId(), req.dataDir().toAbsolutePath().normalize(), Map.of());
        DatasetLoader loader;
        try {
            loader = extensions.loaderFor(source, req.card() != null ? req.card().file() : req.dataDir());
        } catch (FmbenchException e) {
            if (req.card() != null) throw e;
            for (String needed : List.of("X.npy", "y.npy"))
                if (!Files.exists(req.dataDir().resolve(needed)))
                    throw new FmbenchException(req.dataDir() + ": no " + needed + " here; robustness reads X.npy (samples first) and y.npy "
                            + "(one label or value per sample), with optional info.json and metadata.csv", e);
            throw e;
        }
        try (Dataset data = PluginCalls.load(loader, source)) {
            // hashing a large X.npy takes a while; it runs beside the probes rather than after them
            BackgroundTask<Map<String, Object>> hashes = BackgroundTask.start("fmbench-hash", () -> EvalRecord.dataHashes(data));
            int[] shape = data.sampleShape();
            if (shape.length == 0) throw new FmbenchException(req.dataDir() + ": the data has no numeric samples (sequences only); robustness probes perturb arrays");
            if (data.size() == 0 || java.util.Arrays.stream(shape).anyMatch(d -> d == 0))
                throw new FmbenchException(req.dataDir() + ": the data is empty (" + data.size() + " samples of shape " + java.util.Arrays.toString(shape)
                        + "); robustness needs at least one sample with at least one value");
            List<RobustnessProbe> probes = ProbeSelection.select(req.probes(), shape, extensions.probes(), req.probesWhere(),
                    req.suite() == null ? 2 : 1);
            // asking for the grids now lets probes prepare (compile their kernels) while the model loads, and makes a
            // bad probe_config the suite file's error, reported before any work
            Map<String, Map<String, Object>> probeConfig = req.suite() == null ? Map.of() : req.suite().probeConfig();
            for (RobustnessProbe p : probes) {
                try {
                    p.grid(probeConfig.getOrDefault(p.name(), Map.of()));
                } catch (RuntimeException e) {
                    throw new FmbenchException((req.suite() == null ? "probe '" + p.name() + "'" : req.suite().file().toString()) + ": " + e.getMessage()
                            + (req.suite() == null ? "" : "; fix the suite's probe_config (or remove the setting for the probe's default)"));
                }
            }
            SamplingFreq fs = SamplingFreq.resolve(req.samplingFreq(), data.info(), req.suite() == null ? null : req.suite().samplingFreq(),
                    req.dataDir().resolve("info.json").toString());
            if (fs.source().equals("default") && shape.length == 2)
                messages.println("Note: no --sampling-freq and " + (Files.isRegularFile(req.dataDir().resolve("info.json"))
                        ? "no sampling_freq in " + req.dataDir().resolve("info.json") : "no info.json in " + req.dataDir()) + "; assuming 200 Hz");
            Targets targets = data.targets();
            Metric primary = extensions.metric(targets.isClassification() ? PRIMARY_METRIC : REGRESSION_PRIMARY_METRIC);
            ModelAdapterFactory factory = extensions.factoryFor(config);
            String modality = Aggregates.modality(shape);
            out.println("Running robustness evaluation...");
            out.println("Running " + probes.size() + " probes for " + modality + " data: " + probes.stream().map(RobustnessProbe::name).toList());
            RobustnessRunner.Result result;
            Map<String, Object> modelProvenance;
            Task task = targets.isClassification() ? Task.CLASSIFICATION : Task.REGRESSION;
            try (Model model = PluginCalls.create(factory, config, new ModelContext(req.seed(), req.outDir(), task, PluginCalls.classNames(targets)))) {
                RunTrace.mark("model created");
                if (model.needsTraining()) {
                    messages.println("Note: model '" + config.modelId() + "' must be fitted first; fitting it on all " + data.size()
                            + " samples (robustness compares its outputs, so no held-out split is needed)");
                    model.fit(data.read(0, data.size()), targets);
                }
                var options = new RobustnessRunner.Options(req.seed(), fs.hz(), batchSize(req.batchSize(), shape),
                        probeConfig, primary);
                result = new RobustnessRunner(config.modelId(), model, data, options, w -> messages.println("Warning: " + w)).run(probes);
                modelProvenance = model.provenance();
            } catch (ModelException e) {
                String error = e instanceof RobustnessRunner.InvalidOutputs ? e.getMessage() // already names the model
                        : "model '" + config.modelId() + "' failed during the robustness run: " + e.getMessage();
                throw FailedRobustnessRun.write(req, config, extensions.host(), provenanceOf(factory, loader, primary, probes), factory,
                        hashes.get(), started, error, e);
            } catch (DataException e) {
                throw new FmbenchException(e.getMessage(), e);
            }
            if (result.metrics().isEmpty() && !result.failures().isEmpty())
                throw new FmbenchException("every probe failed, so there is nothing to report (" + String.join("; ", result.failures().entrySet().stream()
                        .map(f -> f.getKey() + ": " + f.getValue()).toList()) + "); " + req.outDir() + " was left as it was");
            Thresholds.Outcome thresholds = Thresholds.check(req.suite() == null ? null : req.suite().thresholds(), result.metrics(),
                    req.suite() == null ? null : req.suite().file());
            RunTrace.mark("model closed");
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            String evalId = EvalIds.next("ROBUSTNESS-" + config.modelId(), now);
            RobustnessRecord.Inputs in = new RobustnessRecord.Inputs(req, evalId, now, config, data, probes, fs, result, thresholds);
            Map<String, Object> rec = RobustnessRecord.build(in);
            EvalRecord.putProvenance(RobustnessRecord.runMetadata(rec), extensions.host(), provenanceOf(factory, loader, primary, probes),
                    factory, modelProvenance, config, hashes.get(), started);
            RobustnessReport.Rendered report = RobustnessReport.render(result);
            // one set: a failure while writing leaves the previous report, figures and record together
            SequencedMap<Path, String> files = new LinkedHashMap<>();
            for (var svg : report.svgFiles().entrySet()) files.put(req.outDir().resolve(svg.getKey()), svg.getValue());
            files.put(req.outDir().resolve("report.md"), RobustnessRecord.report(rec, report.markdown()));
            files.put(req.outDir().resolve("eval.yaml"), EvalYaml.toYaml(rec));
            AtomicFiles.writeAll(files);
            if (req.evalsDir() != null) EvalYaml.file(req.evalsDir(), evalId, rec);
            RunTrace.mark("outputs written");
            out.println("Robustness evaluation complete.");
            out.println("Aggregate scores: " + result.metrics());
            if (!thresholds.checks().isEmpty())
                out.println("Thresholds: " + (thresholds.allPassed() ? "all " + thresholds.checks().size() + " passed"
                        : thresholds.failures() + " of " + thresholds.checks().size() + " failed"));
            for (String f : result.flags()) messages.println("Warning: " + f);
            out.println("Results written:");
            out.println("- Eval YAML: " + req.outDir().resolve("eval.yaml"));
            out.println("- Report:    " + req.outDir().resolve("report.md"));
            if (!result.failures().isEmpty())
                throw new FmbenchException(result.failures().size() + " of " + probes.size() + " probes failed (" + String.join(", ", result.failures().keySet())
                        + "); the others' results are in " + req.outDir().resolve("eval.yaml") + " with status Partial");
            return req.outDir().resolve("eval.yaml");
        }
    }

    /** An output folder option must name a folder (created if missing), not a file. */
    private static void checkFolder(Path dir, String option) throws FmbenchException {
        if (dir.toString().isBlank()) throw new FmbenchException(option + " is empty; give the folder to write into", 2);
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new FmbenchException(option + " '" + dir + "' is a file, not a folder; give a folder (it is created if missing)", 2);
    }

    /** Bytes per batch the batch size is capped to: a batch and its perturbed copy stay in one core's L2/L3 cache. */
    static final int BATCH_BYTES = 512 << 10;

    /** At most {@code cap} samples, and no more than fit in {@link #BATCH_BYTES} (at least one). */
    static int batchSize(int cap, int[] sampleShape) {
        return (int) Math.max(1, Math.min(cap, BATCH_BYTES / Math.max(1, sampleBytes(sampleShape))));
    }

    /** Bytes of one float32 sample of this shape. */
    static long sampleBytes(int[] sampleShape) {
        long bytes = 4;
        for (int d : sampleShape) bytes *= d;
        return bytes;
    }

    private static List<Object> provenanceOf(ModelAdapterFactory factory, DatasetLoader loader, Metric primary, List<RobustnessProbe> probes) {
        List<Object> l = new ArrayList<>(List.of(factory, loader));
        if (primary != null) l.add(primary);
        l.addAll(probes);
        return l;
    }

}
