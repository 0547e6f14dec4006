package io.fmbench.kernel.adapters;

import com.google.inject.Inject;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.Definitions;
import io.fmbench.kernel.config.ModelConfigs;
import io.fmbench.kernel.config.SuiteDef;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.plugins.Extensions;
import io.fmbench.kernel.run.DatasetResolver;
import io.fmbench.kernel.run.PredictionChecks;
import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code fmbench check-model}: builds the model and feeds it the first few samples of a suite's dataset, checking
 * what a long run would check (row counts, class count, rows summing to 1, no NaN) and timing each batch.
 */
public final class ModelCheck {

    public record Request(Path modelConfig, String suiteId, int samples, int batchSize, Path workDir) {}

    private final Extensions extensions;

    @Inject
    public ModelCheck(Extensions extensions) {
        this.extensions = extensions;
    }

    public void run(Request req, Workspace ws, PrintStream out) throws FmbenchException {
        Definitions defs = Definitions.load(ws);
        SuiteDef suite = defs.suite(req.suiteId());
        SuiteDef.Entry entry = suite.entries().get(0);
        BenchmarkDef bench = defs.benchmark(entry.benchmarkId(), suite.file());
        if (entry.datasetId() == null) throw new FmbenchException(suite.file() + ": suite '" + suite.id() + "' names no default dataset; pick another --suite");
        DatasetCard card = defs.dataset(entry.datasetId(), suite.file());
        ModelConfig config = ModelConfigs.read(req.modelConfig());
        ModelAdapterFactory factory = extensions.factoryFor(config);
        try (Dataset data = extensions.loaderFor(new DatasetResolver(ws, out).resolve(card), card.file())
                .load(new DatasetResolver(ws, out).resolve(card))) {
            Targets targets = data.targets();
            int n = Math.min(req.samples(), data.size());
            out.printf("Checking model '%s' (type %s) on the first %d samples of %s (%s, benchmark %s) ...%n", config.modelId(), config.type(),
                    n, card.id(), bench.task().name().toLowerCase(Locale.ROOT), bench.id());
            List<String> classes = new ArrayList<>(targets.isClassification() ? targets.classNames() : List.of());
            if (targets.isClassification()) for (int c = classes.size(); c < targets.classCount(); c++) classes.add(Integer.toString(c));
            long t0 = System.nanoTime();
            Model model = create(factory, config, new ModelContext(42, req.workDir(), bench.task(), classes));
            out.printf("  built in %.2f s; outputs %s%n", (System.nanoTime() - t0) / 1e9, model.outputs());
            try {
                if (model.needsTraining()) fit(model, data, n, targets);
                List<Long> times = new ArrayList<>();
                for (int from = 0; from < n; from += req.batchSize()) {
                    int to = Math.min(n, from + req.batchSize());
                    Batch batch = data.read(from, to);
                    long s = System.nanoTime();
                    Predictions p = predict(model, batch, config);
                    times.add(System.nanoTime() - s);
                    PredictionChecks.check(config.modelId(), p, batch.size(), from, targets);
                    if (from == 0) out.println("  shapes: " + shapes(p));
                }
                out.printf("  %d batches of up to %d: mean %.1f ms, max %.1f ms per batch%n", times.size(), req.batchSize(),
                        times.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6, times.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
                out.println("  checks passed: one output row per sample, " + (targets.isClassification()
                        ? targets.classCount() + " class probabilities per row summing to 1 (or valid labels)" : "one value per target column")
                        + ", no NaN or infinity");
                out.println("  provenance: " + model.provenance().keySet());
            } finally {
                closeQuietly(model, out);
            }
            out.println("check-model: OK");
        } catch (DataException e) {
            throw new FmbenchException(e.getMessage(), e);
        }
    }

    private static Model create(ModelAdapterFactory f, ModelConfig c, ModelContext ctx) throws FmbenchException {
        try {
            return f.create(c, ctx);
        } catch (ModelException e) {
            throw new FmbenchException(c.file() + ": cannot build model '" + c.modelId() + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FmbenchException(c.file() + ": the '" + f.type() + "' adapter crashed while building the model (" + e + ")", e);
        }
    }

    private static void fit(Model model, Dataset data, int n, Targets targets) throws FmbenchException, DataException {
        int[] rows = java.util.stream.IntStream.range(0, n).toArray();
        try {
            model.fit(data.read(0, n), targets.subset(rows));
        } catch (ModelException e) {
            throw new FmbenchException("fit failed: " + e.getMessage(), e);
        }
    }

    private static Predictions predict(Model model, Batch batch, ModelConfig c) throws FmbenchException {
        try {
            Predictions p = model.predict(batch);
            if (p == null) throw new FmbenchException("model '" + c.modelId() + "' returned no predictions");
            return p;
        } catch (ModelException e) {
            throw new FmbenchException("model '" + c.modelId() + "' failed on samples " + batch.offset() + ".." + (batch.offset() + batch.size() - 1)
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FmbenchException("model '" + c.modelId() + "' crashed on samples starting at " + batch.offset() + " (" + e + ")", e);
        }
    }

    private static String shapes(Predictions p) {
        List<String> s = new ArrayList<>();
        if (p.probabilities() != null) s.add("probabilities " + p.probabilities().length + "x" + p.probabilities()[0].length);
        if (p.labels() != null) s.add("labels " + p.labels().length);
        if (p.values() != null) s.add("values " + p.values().length + "x" + p.values()[0].length);
        if (p.embeddings() != null) s.add("embeddings " + p.embeddings().length + "x" + p.embeddings()[0].length);
        return String.join(", ", s);
    }

    /** A dry run stops early: adapters that check completeness on close (precomputed) may object; that is no failure here. */
    private static void closeQuietly(Model model, PrintStream out) {
        try {
            model.close();
        } catch (ModelException | RuntimeException e) {
            out.println("  note: closing after the dry run reported: " + e.getMessage());
        }
    }
}
