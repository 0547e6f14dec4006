package io.fmbench.kernel.robustness;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.run.PredictionChecks;
import io.fmbench.kernel.stats.BootstrapOptions;
import io.fmbench.kernel.stats.MetricStatistics;
import io.fmbench.kernel.stats.WeightedStatistic;
import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SignalStats;
import io.fmbench.spi.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs robustness probes against a model, streaming the dataset in batches (memory: one batch of inputs plus the
 * outputs, never the whole dataset). Per probe and grid point: perturb every batch, predict, compare with the clean
 * outputs by per-sample cosine (the reference's similarity curves), and score the task on the perturbed outputs
 * (performance retention). Probes with a clean level give curves with an rAUC; probes without one (permutation) are
 * repeated draws summarised by mean and spread.
 */
public final class RobustnessRunner {

    /**
     * @param seed         run seed; each (probe, grid point) gets its own stream from it
     * @param samplingFreq Hz, or NaN when unknown (probes that need it fail with a message)
     * @param batchSize    samples per model call
     * @param probeConfig  probe name to its {@code probe_config} block
     * @param primary      the task metric for retention, or null for accuracy
     */
    public record Options(long seed, double samplingFreq, int batchSize, Map<String, Map<String, Object>> probeConfig, Metric primary) {
        public Options {
            if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
            probeConfig = probeConfig == null ? Map.of() : Map.copyOf(probeConfig);
        }
    }

    /**
     * metrics and probes in eval.yaml form (ordered maps, lists of numbers); bootstrap intervals of the metrics (the
     * record's confidence_intervals block); flags for the report.
     */
    public record Result(Map<String, Object> metrics, Map<String, Object> probes, Map<String, Object> intervals, List<String> flags,
                         SignalStats stats, Map<String, String> failures) {
        public Result {
            failures = Map.copyOf(failures);
        }
    }

    private final String modelId;
    /** What every batch's outputs are checked against (Targets works out its class count anew on each call). */
    private final boolean classification;
    private final int targetWidth;
    private final Model model;
    private final Dataset data;
    private final Options options;
    private final Consumer<String> warn;
    private int workers = Runtime.getRuntime().availableProcessors();
    /** Input arrays both passes read batches into, handed back once a batch is done with. */
    private final ArrayPool arrays = new ArrayPool();

    /** @param modelId the model's name in messages */
    public RobustnessRunner(String modelId, Model model, Dataset data, Options options, Consumer<String> warn) {
        this.modelId = modelId;
        this.model = model;
        this.classification = data.targets().isClassification();
        double[][] values = data.targets().values();
        this.targetWidth = classification ? data.targets().classCount() : values.length == 0 ? 0 : values[0].length;
        this.data = data;
        this.options = options;
        this.warn = warn;
    }

    /** Perturbing threads (default: the processor count, at most {@link PassOrder#LANES}); results do not depend on it. */
    RobustnessRunner workers(int n) {
        this.workers = n;
        return this;
    }

    public Result run(List<RobustnessProbe> probes) throws ModelException, DataException {
        // grids first: asking for them is when probes may prepare (e.g. compile their kernels) while the clean pass runs
        List<ProbeRun> runs = new ArrayList<>();
        Map<String, String> failed = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        for (RobustnessProbe probe : probes) {
            try {
                if (!probe.appliesTo(data.sampleShape()))
                    throw new IllegalArgumentException("does not apply to samples of shape " + java.util.Arrays.toString(data.sampleShape()));
                runs.add(new ProbeRun(probe, probe.grid(options.probeConfig().getOrDefault(probe.name(), Map.of()))));
            } catch (RuntimeException e) {
                failed.put(probe.name(), String.valueOf(e.getMessage()));
            }
        }

        RunTrace.mark("clean pass starts");
        long started = System.nanoTime();
        double[] moments = new double[3];
        ModelOutputs clean = predictClean(moments);
        long cleanDone = System.nanoTime();
        SignalStats stats = moments[0] == 0 ? new SignalStats(0, 0, 0) : new SignalStats((long) moments[0], moments[1] / moments[0], moments[2] / moments[0]);
        if (clean.logits() == null) throw new ModelException("the model returned neither probabilities nor values: robustness needs one of them");
        int[] truth = classification ? data.targets().classes() : null;
        Clean cleanSummary = new Clean(clean, truth);

        perturbedPass(runs, stats, failed);
        if (RunTrace.ON) System.err.printf("robustness: clean pass %.0f ms, perturbed pass %.0f ms%n", (cleanDone - started) / 1e6, (System.nanoTime() - cleanDone) / 1e6);
        RunTrace.mark("perturbed pass ended");

        Map<String, Object> results = new LinkedHashMap<>();
        List<RobustnessIntervals.ProbeSamples> samples = new ArrayList<>();
        for (RobustnessProbe probe : probes) {
            String error = failed.get(probe.name());
            if (error != null) {
                // one failing probe should not lose the others' results; it is reported and left out of the scores
                warn.accept("Probe " + probe.name() + " failed: " + error);
                results.put(probe.name(), Map.of("error", error));
                continue;
            }
            ProbeRun run = runs.stream().filter(r -> r.probe == probe).findFirst().orElseThrow();
            results.put(probe.name(), summarise(run, cleanSummary, truth, samples));
        }
        List<String> flags = ModelFlags.of(clean, againOnFirstBatch(), truth, targetWidth, cleanSummary.accuracy,
                truth == null && options.primary() != null ? cleanSummary.score : null, metricName());
        if (insensitive(runs, failed, clean)) flags.add(ModelFlags.INSENSITIVE);
        RunTrace.mark("curves summarised");
        Map<String, Object> metrics = Aggregates.metrics(results);
        Map<String, Object> intervals = RobustnessIntervals.of(samples, metrics, data.size(),
                BootstrapOptions.defaults(options.seed()).withThreads(Math.max(1, workers)));
        RunTrace.mark("intervals computed");
        Map<String, String> failures = new LinkedHashMap<>();
        for (RobustnessProbe probe : probes) if (failed.containsKey(probe.name())) failures.put(probe.name(), failed.get(probe.name()));
        return new Result(metrics, results, intervals, flags, stats, failures);
    }

    /** A probe's grid and the outputs gathered so far at each grid point. */
    private static final class ProbeRun {
        final RobustnessProbe probe;
        final List<Double> grid;
        final ModelOutputs.Builder[] outputs;
        final long[] seeds;

        ProbeRun(RobustnessProbe probe, List<Double> grid) {
            this.probe = probe;
            this.grid = List.copyOf(grid);
            this.outputs = new ModelOutputs.Builder[grid.size()];
            this.seeds = new long[grid.size()];
        }
    }

    /** One perturbation: a probe at one of its grid points. */
    private record Task(ProbeRun run, int gridIndex) {}

    /**
     * Every probe at every grid point with the data read once: the calls of the pass (see {@link PassOrder}) are taken in
     * the model's order by whichever worker is free, which perturbs that batch by that (probe, level) into the next array
     * of a shared ring and hands the call over ({@link OrderedCalls}). The model thus sees the same calls in the same
     * order whatever the thread count; probes are pure functions, so results are the same too. No worker is tied to a
     * batch: one held up (a compiler thread on its core, say) holds up no other, which takes the next calls meanwhile
     * (with a batch per worker, the workers of a 256 MB run were parked a fifth of the pass waiting for each other).
     */
    private void perturbedPass(List<ProbeRun> runs, SignalStats stats, Map<String, String> failed) throws ModelException, DataException {
        List<Task> tasks = new ArrayList<>();
        for (ProbeRun r : runs)
            for (int i = 0; i < r.grid.size(); i++) {
                r.outputs[i] = new ModelOutputs.Builder();
                r.seeds[i] = ProbeSeeds.seed(options.seed(), r.probe.name(), i);
                tasks.add(new Task(r, i));
            }
        if (tasks.isEmpty()) return;
        PassOrder order = new PassOrder(data.size(), options.batchSize(), tasks.size());
        PassBatches batches = new PassBatches(data, order, tasks.size(), arrays);
        float[][] ring = new float[buffersPerWorker(batchBytes()) * workerCount()][0];
        inWorkers(order, (seq, call, calls) -> {
            PassBatches.Taken taken = batches.of(call);
            Batch b = taken.batch();
            Task task = tasks.get(call.task());
            int from = order.first(call.group(), call.lane());
            Tensor in = inputs(b);
            int k = (int) (seq % ring.length);
            calls.awaitDone(seq - ring.length); // the model is done with an array when its call returns
            if (ring[k].length != in.data().length) ring[k] = new float[in.data().length];
            Tensor p = perturb(task.run(), task.gridIndex(), in, from, stats, failed, ring[k]);
            batches.done(taken); // the model gets the perturbed copy, never the batch itself
            calls.submit(seq, () -> {
                if (p != null) task.run().outputs[task.gridIndex()].add(predict(new Batch(from, b.sampleIds(), p, b.sequences())));
            });
        });
    }

    /** What a worker does for one call of a pass: prepare it and hand it over. */
    private interface CallBody {
        void run(long seq, PassOrder.Call call, OrderedCalls calls) throws Exception;
    }

    /** Perturbed copies per worker that may wait for the model: enough to run ahead, few enough to stay in cache. */
    static final int BUFFERS_PER_WORKER = 4;
    /**
     * Calls handed over and not yet made, at most: room for every worker's copies with the other workers' calls between
     * them, and in the clean pass a bound on how far the workers read ahead (32 batches of at most 512 KB).
     */
    static final int CALLS_IN_FLIGHT = 4 * BUFFERS_PER_WORKER * PassOrder.LANES;

    /** Bytes the arrays of calls in flight may take: {@link #CALLS_IN_FLIGHT} cache-sized batches. */
    static final long IN_FLIGHT_BYTES = (long) CALLS_IN_FLIGHT * RobustnessRun.BATCH_BYTES;

    /**
     * Calls in flight for batches of {@code batchBytes}: {@link #CALLS_IN_FLIGHT} for cache-sized batches, fewer for
     * bigger ones (a batch holds at least one sample), down to one per lane. Long recordings (one 8 MB sample a batch,
     * say) would otherwise keep 32 of them in memory at once.
     */
    static int callsInFlight(long batchBytes) {
        return (int) Math.max(PassOrder.LANES, Math.min(CALLS_IN_FLIGHT, IN_FLIGHT_BYTES / Math.max(1, batchBytes)));
    }

    /** Perturbed copies per worker for batches of {@code batchBytes}: fewer than {@link #BUFFERS_PER_WORKER} for big ones. */
    static int buffersPerWorker(long batchBytes) {
        long budget = (long) BUFFERS_PER_WORKER * RobustnessRun.BATCH_BYTES;
        return (int) Math.max(1, Math.min(BUFFERS_PER_WORKER, budget / Math.max(1, batchBytes)));
    }

    /** Bytes of one batch's inputs (float32). */
    private long batchBytes() {
        return options.batchSize() * RobustnessRun.sampleBytes(data.sampleShape());
    }

    /** The perturbing threads: {@link #workers}, at least one and at most {@link PassOrder#LANES}. */
    private int workerCount() {
        return Math.min(PassOrder.LANES, Math.max(1, workers));
    }

    /**
     * Runs every call of the pass in {@link #workerCount} threads, each taking the next call not yet taken; the first
     * failure is rethrown.
     */
    private void inWorkers(PassOrder order, CallBody body) throws ModelException, DataException {
        OrderedCalls calls = new OrderedCalls(callsInFlight(batchBytes()));
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workerCount(); w++) {
            Thread t = new Thread(() -> calls.run(() -> {
                for (long seq; (seq = next.getAndIncrement()) < order.calls(); ) body.run(seq, order.call(seq), calls);
            }), "fmbench-probe-" + w);
            t.setDaemon(true);
            threads.add(t);
        }
        calls.start(threads);
        Throwable error = calls.awaitAll(threads);
        if (error instanceof ModelException e) throw e;
        if (error instanceof DataException e) throw e;
        if (error instanceof RuntimeException e) throw e;
        if (error instanceof Error e) throw e;
        if (error != null) throw new IllegalStateException(error);
    }

    /** The perturbed batch (in {@code out}), or null when the probe has failed (now or on an earlier batch). */
    private Tensor perturb(ProbeRun run, int gridIndex, Tensor in, int from, SignalStats stats, Map<String, String> failed, float[] out) {
        RobustnessProbe probe = run.probe;
        if (failed.containsKey(probe.name())) return null;
        Map<String, Object> config = options.probeConfig().getOrDefault(probe.name(), Map.of());
        try {
            probe.perturbInto(in, run.grid.get(gridIndex), new ProbeContext(run.seeds[gridIndex], from, options.samplingFreq(), config, stats), out);
            return new Tensor(in.shape(), out);
        } catch (RuntimeException e) {
            failed.putIfAbsent(probe.name(), String.valueOf(e.getMessage()));
            return null;
        }
    }

    /**
     * The clean outputs' statistics, worked out once: a grid point whose outputs have the same bits as the clean ones
     * (the clean level, or a perturbation the model does not see) takes these very values instead of recomputing them,
     * and its bootstrap statistic is the clean one, which {@link RobustnessIntervals} then evaluates once per resample.
     */
    private final class Clean {
        final ModelOutputs outputs;
        final double accuracy, score;
        final WeightedStatistic statistic;
        private double[] selfCosines, selfEmbeddingCosines;

        Clean(ModelOutputs outputs, int[] truth) {
            this.outputs = outputs;
            this.accuracy = outputs.accuracy(truth);
            this.score = score(outputs, truth);
            this.statistic = Double.isNaN(score) ? null : scoreStatistic(outputs, truth);
        }

        /** Per-sample cosines of the clean outputs with {@code out}, which {@code asClean} says has their very values. */
        double[] cosines(ModelOutputs out, boolean asClean) {
            if (!asClean) return Similarity.cosine(outputs.logits(), out.logits());
            if (selfCosines == null) selfCosines = Similarity.cosine(outputs.logits(), outputs.logits());
            return selfCosines;
        }

        double[] embeddingCosines(ModelOutputs out, boolean asClean) {
            if (!asClean) return Similarity.cosine(outputs.embeddings(), out.embeddings());
            if (selfEmbeddingCosines == null) selfEmbeddingCosines = Similarity.cosine(outputs.embeddings(), outputs.embeddings());
            return selfEmbeddingCosines;
        }
    }

    /** The probe's eval.yaml block; adds what its metrics' intervals need to {@code samples}. */
    private Map<String, Object> summarise(ProbeRun run, Clean cleanSummary, int[] truth, List<RobustnessIntervals.ProbeSamples> samples) {
        ModelOutputs clean = cleanSummary.outputs;
        double cleanAcc = cleanSummary.accuracy, cleanScore = cleanSummary.score;
        RobustnessProbe probe = run.probe;
        List<Double> grid = run.grid;
        int g = grid.size();
        double[] mean = new double[g], std = new double[g], embMean = new double[g], embStd = new double[g];
        double[] accDelta = new double[g], scores = new double[g];
        double[][] cosines = new double[g][];
        WeightedStatistic[] scoreStats = cleanSummary.statistic == null ? null : new WeightedStatistic[g];
        for (int i = 0; i < g; i++) {
            ModelOutputs out = run.outputs[i].build();
            boolean asClean = out.sameValues(clean);
            double[] cos = cleanSummary.cosines(out, asClean);
            cosines[i] = cos;
            if (scoreStats != null) scoreStats[i] = asClean ? cleanSummary.statistic : scoreStatistic(out, truth);
            mean[i] = Similarity.mean(cos);
            std[i] = Similarity.std(cos);
            if (clean.embeddings() != null && out.embeddings() != null) {
                double[] e = cleanSummary.embeddingCosines(out, asClean);
                embMean[i] = Similarity.mean(e);
                embStd[i] = Similarity.std(e);
            }
            accDelta[i] = (asClean ? cleanAcc : out.accuracy(truth)) - cleanAcc;
            scores[i] = asClean ? cleanScore : score(out, truth);
        }
        boolean curve = !Double.isNaN(probe.cleanLevel());
        boolean emb = clean.embeddings() != null;
        double[] x = grid.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("probe_type", ReferenceProbeKeys.probeType(probe.name()));
        r.put("modality", Aggregates.modality(data.sampleShape()));
        if (curve) {
            r.put("grid", grid);
            Map<String, Object> config = options.probeConfig().getOrDefault(probe.name(), Map.of());
            ReferenceProbeKeys.afterGrid(r, probe.name(), grid, options.samplingFreq(), config);
            String aliasing = ReferenceProbeKeys.aliasingNote(probe.name(), options.samplingFreq(), config);
            if (aliasing != null) {
                r.put("note", aliasing);
                warn.accept(aliasing);
            }
            r.put("logit", Aggregates.curve(x, mean, std));
            if (emb) r.put("embedding", Aggregates.curve(x, embMean, embStd));
            if (truth != null) r.put("delta_accuracy", Aggregates.list(accDelta));
            ReferenceProbeKeys.afterCurves(r, probe.name());
        } else {
            r.put("num_draws", g);
            r.put("num_permutations", g);
            r.put("logit", Aggregates.draws(mean));
            if (emb) r.put("embedding", Aggregates.draws(embMean));
            if (truth != null) r.put("acc_delta_mean", Similarity.mean(accDelta));
        }
        // retention is a ratio to the clean score: defined when that is positive (an R2 at or below 0 is a model with no skill)
        boolean retained = cleanScore > 0;
        if (retained) r.put("retention", Aggregates.retention(metricName(), cleanScore, x, scores, curve));
        samples.add(new RobustnessIntervals.ProbeSamples(probe.name(), curve, x, cosines, retained ? scoreStats : null,
                retained ? cleanSummary.statistic : null));
        return r;
    }

    /**
     * The clean outputs, and on the way the whole-dataset moments (count, sum, sum of squares) that SNR probes scale
     * by (the reference takes them over the whole array). The workers read and sum batches side by side and call the
     * model in batch order (a pass of one task, see {@link PassOrder}); each batch's sums are added in batch order
     * afterwards, so the moments are the same bits for any thread count.
     */
    private ModelOutputs predictClean(double[] moments) throws ModelException, DataException {
        ModelOutputs.Builder out = new ModelOutputs.Builder();
        PassOrder order = new PassOrder(data.size(), options.batchSize(), 1);
        PassBatches batches = new PassBatches(data, order, 1, arrays);
        double[][] perBatch = new double[order.batches()][];
        inWorkers(order, (seq, call, calls) -> {
            PassBatches.Taken taken = batches.of(call);
            perBatch[call.batch()] = moments(inputs(taken.batch()).data());
            calls.submit(seq, () -> {
                out.add(predict(taken.batch()));
                batches.done(taken); // the model keeps no input array once its call returns (Model#predict)
            });
        });
        for (double[] m : perBatch) {
            moments[0] += m[0];
            moments[1] += m[1];
            moments[2] += m[2];
        }
        return out.build();
    }

    /** Count, sum and sum of squares of one batch. */
    private static double[] moments(float[] x) {
        // four independent sums: one long chain of dependent additions was a tenth of a large run
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
        int i = 0;
        for (; i + 3 < x.length; i += 4) {
            double a = x[i], c = x[i + 1], d = x[i + 2], e = x[i + 3];
            s0 += a; s1 += c; s2 += d; s3 += e;
            q0 += a * a; q1 += c * c; q2 += d * d; q3 += e * e;
        }
        for (; i < x.length; i++) {
            s0 += x[i];
            q0 += (double) x[i] * x[i];
        }
        return new double[] {x.length, (s0 + s1) + (s2 + s3), (q0 + q1) + (q2 + q3)};
    }

    /**
     * The model's outputs for a batch, refused (as {@code fmbench run} refuses them) when they would make the curves lie:
     * a wrong number of rows, NaN or infinite values, probabilities outside [0, 1] or not summing to 1.
     */
    private Predictions predict(Batch b) throws ModelException {
        Predictions p = model.predict(b);
        try {
            PredictionChecks.check(modelId, p, b.size(), b.offset(), classification, targetWidth);
        } catch (FmbenchException e) {
            throw new InvalidOutputs(e.getMessage());
        }
        return p;
    }

    /** Outputs the model returned but that no score may be computed from; the message names the model. */
    static final class InvalidOutputs extends ModelException {
        InvalidOutputs(String message) {
            super(message);
        }
    }

    private static Tensor inputs(Batch b) throws DataException {
        if (b.inputs() == null) throw new DataException("robustness probes need numeric inputs; this dataset has sequences only");
        return b.inputs();
    }

    private String metricName() {
        return options.primary() != null ? options.primary().name() : "Accuracy";
    }

    /**
     * The primary metric on these outputs (class labels, or regression targets against the model's values); accuracy
     * for class labels without a primary metric; NaN when undefined, and for regression without one.
     */
    private double score(ModelOutputs out, int[] truth) {
        MetricInput in = metricInput(out, truth);
        if (in == null) return truth == null ? Double.NaN : out.accuracy(truth);
        MetricResult m = options.primary().compute(in);
        return m.defined() ? m.value() : Double.NaN;
    }

    /** What the primary metric reads, or null without one. */
    private MetricInput metricInput(ModelOutputs out, int[] truth) {
        if (options.primary() == null) return null;
        return truth != null ? MetricInput.classification(truth, targetWidth, out.logits(), out.labels())
                : MetricInput.regression(data.targets().values(), out.logits());
    }

    /** {@link #score} under bootstrap weights (called only where the score is defined). */
    private WeightedStatistic scoreStatistic(ModelOutputs out, int[] truth) {
        MetricInput in = metricInput(out, truth);
        return in != null ? MetricStatistics.of(options.primary(), in) : w -> out.accuracy(truth, w);
    }

    /** True when at least one probe ran at a perturbing level and every output stayed exactly as on clean data. */
    private static boolean insensitive(List<ProbeRun> runs, Map<String, String> failed, ModelOutputs clean) {
        boolean perturbed = false;
        for (ProbeRun r : runs) {
            if (failed.containsKey(r.probe.name())) continue;
            for (int i = 0; i < r.grid.size(); i++) {
                if (r.grid.get(i) == r.probe.cleanLevel()) continue;
                perturbed = true;
                double[][] out = r.outputs[i].build().logits();
                for (int n = 0; n < out.length; n++) if (!java.util.Arrays.equals(out[n], clean.logits()[n])) return false;
            }
        }
        return perturbed;
    }

    /** The first batch's outputs from a second call on the same clean input (a deterministic model repeats itself), or null without data. */
    private ModelOutputs againOnFirstBatch() throws ModelException, DataException {
        int n = Math.min(data.size(), options.batchSize());
        if (n == 0) return null;
        ModelOutputs.Builder again = new ModelOutputs.Builder();
        again.add(predict(data.read(0, n)));
        return again.build();
    }
}
