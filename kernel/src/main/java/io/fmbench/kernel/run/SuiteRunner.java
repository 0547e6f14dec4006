package io.fmbench.kernel.run;

import com.google.inject.Inject;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.Definitions;
import io.fmbench.kernel.config.ModelConfigs;
import io.fmbench.kernel.config.SuiteDef;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.output.AtomicFiles;
import io.fmbench.kernel.output.EvalYaml;
import io.fmbench.kernel.output.FailurePlace;
import io.fmbench.kernel.output.RunReport;
import io.fmbench.kernel.plugins.Extensions;
import io.fmbench.kernel.robustness.RobustnessRequest;
import io.fmbench.kernel.robustness.RobustnessRun;
import io.fmbench.kernel.robustness.RobustnessSuite;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.Metric;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.ReportContext;
import io.fmbench.spi.ReportSection;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code fmbench run}: for each benchmark of a suite, loads the dataset and the model through plugins, predicts in
 * batches, scores every metric of the task (overall and stratified), and writes predictions.csv, report.md and
 * eval.yaml (last, so that its presence means a complete run) into the output folder.
 */
public final class SuiteRunner {

    private final Extensions extensions;
    private final RobustnessRun robustness;

    @Inject
    public SuiteRunner(Extensions extensions, RobustnessRun robustness) {
        this.extensions = extensions;
        this.robustness = robustness;
    }

    public List<Path> run(RunRequest req, Workspace ws, PrintStream out, PrintStream messages) throws FmbenchException {
        return run(req, ws, Definitions.load(ws), out, messages);
    }

    public List<Path> run(RunRequest req, Workspace ws, Definitions defs, PrintStream out, PrintStream messages) throws FmbenchException {
        SuiteDef suite = defs.suite(req.suiteId());
        ModelConfig config = ModelConfigs.read(req.modelConfig());
        chooseCompiler(req, ws, defs, suite);
        boolean several = suite.entries().size() > 1;
        List<SuiteOutcome.Entry> outcomes = new ArrayList<>();
        for (SuiteDef.Entry entry : suite.entries()) {
            Path outDir = several ? req.outDir().resolve(folderOf(suite, entry)) : req.outDir();
            try {
                outcomes.add(runOne(req, ws, defs, suite, entry, config, outDir, out, messages));
            } catch (DataUnavailable e) { // one benchmark's data missing here must not cost the others their results
                if (!several) throw e; // reported once, in the run's last line and the suite summary
                outcomes.add(SuiteOutcome.Entry.notRun(entry.benchmarkId(), e.datasetId(), e.getMessage()));
            }
        }
        SuiteOutcome outcome = new SuiteOutcome(suite.id(), config.modelId(), req.outDir(), outcomes);
        if (several) AtomicFiles.writeString(req.outDir().resolve("report.md"), outcome.report());
        outcome.throwIfIncomplete(several);
        return outcomes.stream().map(SuiteOutcome.Entry::eval).toList();
    }

    /** The dataset a benchmark of the suite runs on: --dataset, else the suite's default (null when neither). */
    private static String datasetIdOf(RunRequest req, SuiteDef.Entry entry) {
        return req.datasetOverride() != null ? req.datasetOverride() : entry.datasetId();
    }

    /** Before any work: a client-compiler JVM asks to be restarted with the optimising compiler for big data. */
    private static void chooseCompiler(RunRequest req, Workspace ws, Definitions defs, SuiteDef suite) throws FmbenchException {
        CompilerChoice choice = CompilerChoice.ofThisJvm();
        for (SuiteDef.Entry entry : suite.entries()) {
            try {
                BenchmarkDef bench = defs.benchmark(entry.benchmarkId(), suite.file());
                if (bench.task() == Task.ROBUSTNESS) choice.needVectorKernels();
                String datasetId = datasetIdOf(req, entry);
                DatasetCard card = datasetId == null ? null : defs.dataset(datasetId, suite.file());
                if (card != null && card.path() != null && !card.path().isBlank()) choice.add(ws.resolve(card.path()));
            } catch (FmbenchException e) {
                // a broken definition is reported by the run itself, with its file and field
            }
        }
        choice.restartIfNeeded();
    }

    /**
     * One benchmark of the suite, once per seed. A model failure ends only the seed it happened in: the other seeds
     * still run, and eval.yaml says Completed, Partial (the completed seeds' metrics plus a {@code failures} list) or
     * Failed. Bad data or definitions still stop the whole run at once (the user must fix them first); a dataset with
     * no data on this machine stops only its own benchmark when the suite has others.
     */
    private SuiteOutcome.Entry runOne(RunRequest req, Workspace ws, Definitions defs, SuiteDef suite, SuiteDef.Entry entry, ModelConfig config,
                        Path outDir, PrintStream out, PrintStream messages) throws FmbenchException {
        long started = System.nanoTime();
        BenchmarkDef bench = defs.benchmark(entry.benchmarkId(), suite.file());
        if (bench.task() == null)
            throw new FmbenchException(bench.file() + ": field 'ai_task' is '" + bench.aiTask()
                    + "', which names no task fmbench runs (Classification, Regression, Reconstruction, Robustness)");
        String datasetId = datasetIdOf(req, entry);
        if (datasetId == null)
            throw new FmbenchException(suite.file() + ": no dataset given and no 'inputs.dataset.default' in suite '" + suite.id()
                    + "'; pass --dataset <dataset_id>");
        DatasetCard card = defs.dataset(datasetId, suite.file());
        DatasetSource source = new DatasetResolver(ws, messages).resolve(card);
        if (bench.task() == Task.ROBUSTNESS)
            return new SuiteOutcome.Entry(bench.id(), card.id(), "Completed", runRobustness(req, suite, card, source, outDir, out, messages),
                    "robustness", new RunFailures(bench.id(), card.id()));
        DatasetLoader loader = extensions.loaderFor(source, card.file());
        List<Metric> metrics = extensions.metricsFor(bench.task());
        Metric primary = primaryMetric(bench, metrics);

        out.println("Loading model from " + req.modelConfig() + " ...");
        try (Dataset data = PluginCalls.load(loader, source)) {
            Targets targets = data.targets();
            checkTask(bench, card, targets);
            List<String> classNames = PluginCalls.classNames(targets);
            ModelAdapterFactory factory = extensions.factoryFor(config);
            Protocol protocol = Protocol.of(suite, bench);
            out.println("Starting " + bench.task().name().toLowerCase(java.util.Locale.ROOT) + " run of " + config.modelId()
                    + " on " + datasetId + " (" + data.size() + " samples) ...");
            List<Evaluated> repeats = new ArrayList<>();
            List<Long> completedSeeds = new ArrayList<>();
            RunFailures failures = new RunFailures(bench.id(), card.id());
            for (long s : req.seeds()) {
                if (s != req.seeds().get(0)) out.println("Repeating with seed " + s + " ...");
                try {
                    repeats.add(evaluate(factory, config, outDir, bench, classNames, data, protocol, req.withSeed(s)));
                    completedSeeds.add(s);
                } catch (ModelFailure failure) {
                    failures.add(s, failure);
                    if (req.seeds().size() > 1) out.println("Seed " + s + " failed; it is listed under 'failures' in eval.yaml.");
                }
            }
            if (repeats.isEmpty()) {
                FailurePlace place = FailedRun.write(failures, req, suite, bench, card, config, factory, loader, data, extensions.host(), outDir, started);
                return SuiteOutcome.Entry.failed(bench.id(), card.id(), place, failures);
            }
            RunRequest done = req.withSeeds(completedSeeds); // the record describes what completed; the rest is under 'failures'
            Evaluated candidate = repeats.get(0);
            List<Baselines.Spec> specs = done.baselines() ? Baselines.forTask(bench.task(), data) : List.of();
            String skipped = done.baselines() ? Baselines.linearSkipReason(bench.task(), data) : null;
            if (skipped != null) messages.println("Note: " + skipped + ".");
            Map<String, List<Evaluated>> baselines = new java.util.LinkedHashMap<>();
            for (Baselines.Spec s : specs) {
                try {
                    List<Evaluated> draws = new ArrayList<>();
                    for (int d = 0; d < s.draws(); d++) {
                        ModelConfig bc = Baselines.config(s, config, done.seed(), d);
                        draws.add(evaluate(extensions.factoryFor(bc), bc, outDir, bench, classNames, data, protocol, done));
                    }
                    baselines.put(s.id(), draws);
                } catch (FmbenchException e) { // a baseline that cannot run must not cost the user the model's results
                    messages.println("Warning: baseline '" + s.id() + "' skipped: " + e.getMessage());
                }
            }
            EvalRecord record = EvalRecord.build(new EvalRecord.Inputs(done, suite, bench, card, data, config, factory, loader, metrics, primary,
                    candidate, repeats, baselines, specs, protocol, extensions.host(), started));
            Map<String, Object> rec = record.map();
            rec.put("status", failures.status(repeats.size()));
            if (!failures.isEmpty()) {
                rec.put("failures", failures.yaml());
                failures.writeLog(outDir, record.evalId());
            }
            if (targets.isClassification() && candidate.predictions().embeddings() != null) {
                ModelConfig probe = linearProbe(config, done.seed());
                rec.put("embedding_metrics", EmbeddingProbes.of(candidate, metrics, extensions.factoryFor(probe), probe, protocol.folds(),
                        done.seed(), protocol.bootstrap(), EvalRecord::round4));
            }
            List<String> sections = new ArrayList<>();
            for (ReportSection s : extensions.sections()) sections.add(s.render(new ReportContext(rec, outDir)));
            // one set: a failure while writing leaves the previous predictions, report and record together
            java.util.SequencedMap<Path, String> files = new java.util.LinkedHashMap<>();
            files.put(outDir.resolve("predictions.csv"), PredictionsCsv.render(candidate.sampleIds(), candidate.targets(), candidate.predictions()));
            files.put(outDir.resolve("report.md"), RunReport.render(rec, sections));
            files.put(outDir.resolve("eval.yaml"), EvalYaml.toYaml(rec));
            AtomicFiles.writeAll(files);
            if (done.evalsDir() != null) EvalYaml.file(done.evalsDir(), record.evalId(), rec);
            out.println((failures.isEmpty() ? "Run complete. " : "Run partial (some seeds failed). ") + record.summary());
            out.println("Results written:");
            out.println("- Eval YAML: " + outDir.resolve("eval.yaml"));
            out.println("- Report:    " + outDir.resolve("report.md"));
            out.println("- Out dir:   " + outDir);
            return new SuiteOutcome.Entry(bench.id(), card.id(), (String) rec.get("status"), outDir.resolve("eval.yaml"),
                    record.summary(), failures);
        }
    }

    /** An entry's folder in --out: its benchmark id, plus its dataset id when the suite runs that benchmark on several datasets. */
    private static String folderOf(SuiteDef suite, SuiteDef.Entry entry) {
        long same = suite.entries().stream().filter(e -> e.benchmarkId().equals(entry.benchmarkId())).count();
        return same == 1 || entry.datasetId() == null ? entry.benchmarkId() : entry.benchmarkId() + "__" + entry.datasetId();
    }

    /** The logistic-regression model config used to probe embeddings. */
    private static ModelConfig linearProbe(ModelConfig model, long seed) {
        return Baselines.config(new Baselines.Spec("logistic_regression", Map.of("name", "logistic_regression"), false, 1), model, seed, 0);
    }

    /** Builds the model, gets its (out-of-fold when trained) predictions, and closes it. */
    private Evaluated evaluate(ModelAdapterFactory factory, ModelConfig config, Path outDir, BenchmarkDef bench, List<String> classNames,
                               Dataset data, Protocol protocol, RunRequest req) throws FmbenchException {
        try (Model model = PluginCalls.create(factory, config, new ModelContext(req.seed(), outDir, bench.task(), classNames))) {
            Evaluated e = Evaluated.of(config.modelId(), model, data, protocol, req.seed(), req.batchSize());
            if (bench.task() == Task.CLASSIFICATION && e.predictions().labelsOrArgmax() == null)
                e = EmbeddingProbes.asClassifier(e, extensions.factoryFor(linearProbe(config, req.seed())), linearProbe(config, req.seed()),
                        protocol.folds(), req.seed());
            return e;
        } catch (ModelException e) {
            throw new ModelFailure("model '" + config.modelId() + "' could not be closed cleanly: " + e.getMessage(), e);
        }
    }

    /** A robustness benchmark: the suite's probes, probe_config, thresholds and sampling frequency on its dataset. */
    private Path runRobustness(RunRequest req, SuiteDef suite, DatasetCard card, DatasetSource source, Path outDir, PrintStream out,
                               PrintStream messages) throws FmbenchException {
        RobustnessRequest r = new RobustnessRequest(req.modelConfig(), source.path(), card.path(), card.id(), outDir,
                RobustnessSuite.probes(suite), suite.file() + ": field 'probes'", null, req.seed(), req.batchSize(), req.evalsDir(),
                RobustnessSuite.of(suite), new RobustnessRequest.Card(source, card.file()));
        return robustness.run(r, out, messages);
    }

    private static Metric primaryMetric(BenchmarkDef bench, List<Metric> metrics) throws FmbenchException {
        return metrics.stream().filter(m -> m.name().equals(bench.primaryMetric())).findFirst()
                .orElseThrow(() -> new FmbenchException(bench.file() + ": primary metric '" + bench.primaryMetric()
                        + "' is not computed by any installed plugin (available: "
                        + String.join(", ", metrics.stream().map(Metric::name).toList()) + ")"));
    }

    private static void checkTask(BenchmarkDef bench, DatasetCard card, Targets targets) throws FmbenchException {
        boolean wantClasses = bench.task() == Task.CLASSIFICATION;
        if (wantClasses != targets.isClassification())
            throw new FmbenchException(card.file() + ": dataset '" + card.id() + "' has " + (targets.isClassification() ? "class labels" : "real-valued targets")
                    + " but benchmark '" + bench.id() + "' is a " + bench.aiTask() + " task");
        if (targets.size() == 0) throw new FmbenchException(card.file() + ": dataset '" + card.id() + "' has no samples");
    }

}
