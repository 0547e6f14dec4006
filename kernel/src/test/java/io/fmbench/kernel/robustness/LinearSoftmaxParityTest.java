package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmbench.spi.*;
import io.fmbench.spi.npy.NpyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parity with the reference's run-robustness on its fixture (seed-parity/seed_robustness_linear_softmax.json): the
 * deterministic linear-softmax model softmax(X.reshape(N,-1) @ W) on toy_data/neuro/robustness. The shift probe has
 * no randomness and must match to 1e-6; random probes draw differently from NumPy and must agree within sampling error.
 */
class LinearSoftmaxParityTest {

    static Path fixtures;
    static Map<String, Object> reference;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void locate() throws Exception {
        Path root = Path.of(System.getProperty("fmbench.project.root", ".")).toAbsolutePath();
        while (root != null && !(Files.isDirectory(root.resolve("spi")) && Files.isDirectory(root.resolve("kernel")))) root = root.getParent();
        fixtures = root == null ? null : root.resolveSibling("shared").resolve("seed-parity");
        Assumptions.assumeTrue(fixtures != null && Files.isRegularFile(fixtures.resolve("seed_robustness_linear_softmax.json")),
                "skipped: ../shared/seed-parity (the reference's fixtures) is not here");
        reference = new ObjectMapper().readValue(fixtures.resolve("seed_robustness_linear_softmax.json").toFile(), Map.class);
    }

    /** The fixture's model: probabilities = softmax(X.reshape(N, -1) @ W), W (8000, 2). */
    record LinearSoftmax(float[] w, int k) implements Model {
        public Set<Output> outputs() {
            return Set.of(Output.PROBABILITIES);
        }

        public Predictions predict(Batch batch) {
            Tensor x = batch.inputs();
            int d = x.sampleSize();
            double[][] p = new double[x.samples()][k];
            for (int n = 0; n < x.samples(); n++) {
                double[] z = new double[k];
                for (int i = 0; i < d; i++) for (int j = 0; j < k; j++) z[j] += (double) x.data()[n * d + i] * w[i * k + j];
                double max = Arrays.stream(z).max().orElseThrow(), sum = 0;
                for (int j = 0; j < k; j++) sum += p[n][j] = Math.exp(z[j] - max);
                for (int j = 0; j < k; j++) p[n][j] /= sum;
            }
            return Predictions.ofProbabilities(p);
        }
    }

    /**
     * toy_data/neuro/robustness read through the npy reader; when {@code takesArrays}, into the arrays the runner offers
     * (as the npy plugin does), counting those offered a second time (handed back by the runner for a later batch).
     */
    record NpyFolder(NpyFile x, int[] y, boolean takesArrays, java.util.Set<float[]> offered, java.util.concurrent.atomic.AtomicInteger reused)
            implements Dataset {
        NpyFolder(NpyFile x, int[] y, boolean takesArrays) {
            this(x, y, takesArrays, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), new java.util.concurrent.atomic.AtomicInteger());
        }

        public String id() { return "toy_neuro_robustness"; }
        public int size() { return y.length; }
        public int[] sampleShape() {
            long[] s = x.header().shape();
            return new int[] {(int) s[1], (int) s[2]};
        }
        public Targets targets() { return Targets.classes(y, List.of()); }
        public SampleTable metadata() { return SampleTable.empty(); }
        public List<String> sampleIds() { return java.util.stream.IntStream.range(0, y.length).mapToObj(String::valueOf).toList(); }
        public Batch read(int from, int to) throws DataException {
            return read(from, to, null);
        }
        public Batch read(int from, int to, float[] reuse) throws DataException {
            int per = sampleShape()[0] * sampleShape()[1];
            if (!takesArrays) reuse = null;
            else if (reuse != null && !offered.add(reuse)) reused.incrementAndGet();
            try {
                return new Batch(from, sampleIds().subList(from, to), new Tensor(new int[] {to - from, sampleShape()[0], sampleShape()[1]},
                        x.readFloats((long) from * per, (to - from) * per, reuse)), null);
            } catch (Exception e) {
                throw new DataException(e.getMessage());
            }
        }
        public List<Path> files() { return List.of(x.path()); }
    }

    static RobustnessRunner.Result run(int batchSize, long seed) throws Exception {
        return run(batchSize, seed, List.of("dropout", "noise", "line_noise", "permutation", "shift"));
    }

    static RobustnessRunner.Result run(int batchSize, long seed, List<String> names) throws Exception {
        return run(batchSize, seed, names, Runtime.getRuntime().availableProcessors());
    }

    static RobustnessRunner.Result run(int batchSize, long seed, List<String> names, int workers) throws Exception {
        return run(batchSize, seed, names, workers, true);
    }

    static RobustnessRunner.Result run(int batchSize, long seed, List<String> names, int workers, boolean takesArrays) throws Exception {
        return run(batchSize, seed, names, workers, new NpyFolder(NpyFile.open(fixtures.resolve("toy_data/neuro/robustness/X.npy")), labels(), takesArrays));
    }

    static int[] labels() throws Exception {
        double[] y = NpyFile.open(fixtures.resolve("toy_data/neuro/robustness/y.npy")).readAllDoubles();
        return Arrays.stream(y).mapToInt(v -> (int) v).toArray();
    }

    static RobustnessRunner.Result run(int batchSize, long seed, List<String> names, int workers, NpyFolder data) throws Exception {
        NpyFile w = NpyFile.open(fixtures.resolve("linear_softmax_W.npy"));
        List<RobustnessProbe> probes = new ArrayList<>();
        Map<String, RobustnessProbe> byName = new HashMap<>();
        ServiceLoader.load(RobustnessProbe.class).forEach(p -> byName.put(p.name(), p));
        for (String n : names) probes.add(byName.get(n));
        var options = new RobustnessRunner.Options(seed, 200, batchSize, Map.of(), null);
        return new RobustnessRunner("linear_softmax", new LinearSoftmax(w.readAllFloats(), 2), data, options, s -> {})
                .workers(workers).run(probes);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> m, String... path) {
        Map<String, Object> cur = m;
        for (String p : path) cur = (Map<String, Object>) cur.get(p);
        return cur;
    }

    @SuppressWarnings("unchecked")
    static double[] nums(Object list) {
        return ((List<Number>) list).stream().mapToDouble(Number::doubleValue).toArray();
    }

    @Test
    void shiftCurveAndRaucEqualTheReference() throws Exception {
        var r = run(16, 42);
        var ours = at(r.probes(), "shift", "logit");
        var ref = at(reference, "probes", "shift", "logit");
        assertArrayEquals(nums(ref.get("sim_hist")), nums(ours.get("mean")), 1e-6);
        assertEquals((Double) ref.get("rAUC"), (Double) ours.get("rAUC"), 1e-6);
        assertEquals((Double) ref.get("sim_mean"), (Double) ours.get("sim_mean"), 1e-6);
        assertEquals(at(reference, "aggregate").get("shift_rAUC"), r.metrics().get("shift_rAUC"));
        assertEquals(at(reference, "aggregate").get("shift_sensitivity"), r.metrics().get("shift_sensitivity"));
        assertArrayEquals(nums(at(reference, "probes", "shift").get("acc_delta")), nums(at(r.probes(), "shift").get("delta_accuracy")), 1e-9);
        // a model whose outputs do move under perturbation is not flagged as ignoring its input
        assertTrue(r.flags().stream().noneMatch(f -> f.startsWith("insensitive")), String.valueOf(r.flags()));
    }

    /**
     * Per-sample draws (dropout, noise): the difference of two independent estimates of a mean over 100 samples has
     * standard error sqrt(2) * std / 10; we allow 4 of them. Line noise draws one waveform (16 x 2 phases) per grid
     * point shared by all samples, so its spread is between draws, not samples (at 10 dB one draw gives 0.98, another
     * 0.99998): we measure that spread over 30 of our seeds and allow 4 standard deviations of one draw.
     */
    @Test
    void randomProbesAgreeWithinSamplingError() throws Exception {
        var r = run(16, 42);
        for (String probe : List.of("dropout", "noise")) {
            double[] ours = nums(at(r.probes(), probe, "logit").get("mean"));
            double[] ref = nums(at(reference, "probes", probe, "logit").get("mean"));
            double[] sd = nums(at(reference, "probes", probe, "logit").get("std"));
            for (int i = 0; i < ref.length; i++)
                assertEquals(ref[i], ours[i], 4 * Math.sqrt(2) * sd[i] / 10 + 1e-6, probe + " grid point " + i);
        }
        double[] lineRef = nums(at(reference, "probes", "line_noise", "logit").get("mean"));
        double[][] draws = new double[30][];
        for (int s = 0; s < draws.length; s++) draws[s] = nums(at(run(50, 1000 + s, List.of("line_noise")).probes(), "line_noise", "logit").get("mean"));
        for (int i = 0; i < lineRef.length; i++) {
            final int gi = i;
            double[] at = Arrays.stream(draws).mapToDouble(d -> d[gi]).toArray();
            assertEquals(Similarity.mean(at), lineRef[i], 4 * Similarity.std(at) + 1e-6, "line_noise grid point " + i);
        }
        // permutation: 10 draws with spread sim_std; the two means differ by at most 4 standard errors
        double permRef = (Double) at(reference, "probes", "permutation", "logit").get("sim_mean");
        double permSd = (Double) at(reference, "probes", "permutation", "logit").get("sim_std");
        assertEquals(permRef, (Double) at(r.probes(), "permutation", "logit").get("sim_mean"), 4 * Math.sqrt(2) * permSd / Math.sqrt(10));
        assertEquals(List.of("dropout_rAUC", "noise_rAUC", "line_noise_rAUC", "perm_equivariance", "shift_rAUC", "shift_sensitivity",
                "robustness_score"), r.metrics().keySet().stream().filter(k -> !k.contains("retention")).toList());
    }

    @Test
    void resultsDoNotDependOnBatchSizeAndFollowTheSeed() throws Exception {
        var a = run(16, 42);
        var b = run(7, 42);
        assertEquals(a.probes(), b.probes());
        var c = run(16, 43);
        assertNotEquals(at(a.probes(), "noise", "logit").get("mean"), at(c.probes(), "noise", "logit").get("mean"));
        assertEquals(at(a.probes(), "shift"), at(c.probes(), "shift"));
    }

    /** One thread or two, clean and perturbed passes (with an odd batch count, so the last group has one lane): the same numbers. */
    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        List<String> all = List.of("dropout", "noise", "line_noise", "permutation", "shift");
        var one = run(7, 42, all, 1);
        var two = run(7, 42, all, 2);
        assertEquals(one.probes(), two.probes());
        assertEquals(one.metrics(), two.metrics());
        // the clean pass sums its batches in two threads too: the same moments to the bit
        assertEquals(one.stats(), two.stats());
    }

    /**
     * A dataset that reads into the arrays the runner offers gets them back many times (15 batches of 7 samples, read
     * once per pass: the perturbed pass reads into the clean pass's arrays), and the numbers are those of a dataset
     * that allocates its own arrays.
     */
    @Test
    void arraysHandedBackForLaterBatchesChangeNoNumber() throws Exception {
        List<String> all = List.of("dropout", "noise", "line_noise", "permutation", "shift");
        NpyFolder taking = new NpyFolder(NpyFile.open(fixtures.resolve("toy_data/neuro/robustness/X.npy")), labels(), true);
        var reusing = run(7, 42, all, 2, taking);
        var fresh = run(7, 42, all, 2, false);
        assertEquals(fresh.probes(), reusing.probes());
        assertEquals(fresh.metrics(), reusing.metrics());
        assertEquals(fresh.stats(), reusing.stats());
        assertTrue(taking.reused().get() >= 15, "arrays offered again: " + taking.reused().get());
    }

    @Test
    void deterministicModelIsNotFlaggedAndRetentionStartsAtOne() throws Exception {
        var r = run(32, 42);
        assertEquals(List.of(), r.flags().stream().filter(f -> !f.startsWith("chance")).toList());
        var ret = at(r.probes(), "dropout", "retention");
        assertEquals(1.0, nums(ret.get("relative"))[0], 1e-12); // p = 0 leaves the data as it was
        assertEquals("Accuracy", ret.get("metric"));
    }
}
