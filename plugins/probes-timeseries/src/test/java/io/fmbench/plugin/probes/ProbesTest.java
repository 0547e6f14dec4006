package io.fmbench.plugin.probes;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SignalStats;
import io.fmbench.spi.Tensor;
import java.util.*;
import org.junit.jupiter.api.Test;

class ProbesTest {

    static Tensor randn(long seed, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) r.nextGaussian() + 0.5f;
        return new Tensor(shape, x);
    }

    static ProbeContext ctx(long seed, Tensor whole, Map<String, Object> config) {
        return new ProbeContext(seed, 0, 200, config, SignalStats.of(whole.data()));
    }

    /** Perturbing in two batches (with their first-sample offsets) gives the same data as one batch. */
    static void assertBatchIndependent(RobustnessProbe p, Tensor x, double level) {
        SignalStats st = SignalStats.of(x.data());
        Tensor whole = p.perturb(x, level, new ProbeContext(5, 0, 200, Map.of(), st));
        int cut = x.samples() / 3;
        Tensor a = p.perturb(x.slice(0, cut), level, new ProbeContext(5, 0, 200, Map.of(), st));
        Tensor b = p.perturb(x.slice(cut, x.samples()), level, new ProbeContext(5, cut, 200, Map.of(), st));
        float[] joined = new float[x.data().length];
        System.arraycopy(a.data(), 0, joined, 0, a.data().length);
        System.arraycopy(b.data(), 0, joined, a.data().length, b.data().length);
        assertArrayEquals(whole.data(), joined, p.name());
    }

    /** Writing into a reused array (full of stale values) gives what perturb returns, for every level. */
    @Test
    void perturbIntoOverwritesAReusedArrayWithPerturbsResult() {
        Tensor x = randn(3, 5, 6, 130);
        ProbeContext c = ctx(11, x, Map.of());
        List<RobustnessProbe> probes = List.of(new DropoutProbe(), new GaussianNoiseProbe(), new LineNoiseProbe(), new PermutationProbe(), new TemporalShiftProbe());
        for (RobustnessProbe p : probes)
            for (double level : p.grid(Map.of())) {
                float[] out = new float[x.data().length];
                java.util.Arrays.fill(out, Float.NaN);
                p.perturbInto(x, level, c, out);
                assertArrayEquals(p.perturb(x, level, c).data(), out, p.name() + " at " + level);
            }
    }

    @Test
    void serviceFileListsTheNineReferenceProbes() {
        Set<String> names = new TreeSet<>();
        ServiceLoader.load(RobustnessProbe.class).forEach(p -> names.add(p.name()));
        assertEquals(new TreeSet<>(List.of("dropout", "noise", "line_noise", "permutation", "shift", "masking", "expression",
                "intensity", "contrast")), names);
    }

    @Test
    void gridsComeFromTheSuiteConfigElseTheReferenceDefaults() {
        // the shapes jackson gives for tests/suite_robustness_neuro.yaml: lists of integers and doubles
        assertEquals(List.of(0.0, 0.05, 0.1, 0.2, 0.3, 0.5), new DropoutProbe().grid(Map.of()));
        assertEquals(List.of(0.0, 0.2), new DropoutProbe().grid(Map.of("grid", List.of(0, 0.2))));
        assertEquals(List.of(40.0, 30.0, 20.0, 10.0, 5.0, 0.0), new GaussianNoiseProbe().grid(Map.of()));
        assertEquals(List.of(20.0, 10.0), new GaussianNoiseProbe().grid(Map.of("snr_grid", List.of(20, 10))));
        assertEquals(List.of(40.0, 30.0, 20.0, 10.0, 5.0), new LineNoiseProbe().grid(Map.of()));
        assertEquals(List.of(0.0, 1.0, 2.0), new PermutationProbe().grid(Map.of("num_perms", 3)));
        assertEquals(10, new PermutationProbe().grid(Map.of()).size());
        assertEquals(List.of(0.0, 10.0, 20.0, 40.0, 80.0), new TemporalShiftProbe().grid(Map.of()));
        assertEquals(List.of(0.0, 0.1, 0.5), new ContrastProbe().grid(Map.of("grid", List.of(List.of(1.0, 1.0), List.of(0.9, 1.1), List.of(0.5, 1.5)))));
        var bad = assertThrows(IllegalArgumentException.class, () -> new GaussianNoiseProbe().grid(Map.of("snr_grid", List.of("loud"))));
        assertTrue(bad.getMessage().contains("probe_config.noise.snr_grid"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PermutationProbe().grid(Map.of("num_perms", 0)));
    }

    @Test
    void aSuiteSettingThatCannotBeMeantIsRejectedNamingTheSetting() {
        assertEquals("probe_config.dropout has the unknown setting 'gird'; the probe reads: grid",
                message(() -> new DropoutProbe().grid(Map.of("gird", List.of(0, 0.1)))));
        assertEquals("probe_config.dropout.grid holds 1.5, outside [0.0, 1.0]", message(() -> new DropoutProbe().grid(Map.of("grid", List.of(0, 1.5)))));
        assertTrue(message(() -> new DropoutProbe().grid(Map.of("grid", List.of(0.1)))).contains("has 1 point; a curve needs at least 2"));
        assertTrue(message(() -> new TemporalShiftProbe().grid(Map.of("shifts", List.of(0, -10)))).contains("holds -10.0, outside [0.0,"));
        assertTrue(message(() -> new LineNoiseProbe().grid(Map.of("mains", List.of(-50, 60)))).contains("mains holds -50.0"));
        assertTrue(message(() -> new GaussianNoiseProbe().grid(Map.of("snr_grid", List.of(Double.NaN, 10)))).contains("holds 'NaN', which is not a number"));
        assertEquals("probe_config.permutation.num_perms must be a whole number from 1 to 100000, got: 100000000",
                message(() -> new PermutationProbe().grid(Map.of("num_perms", 100_000_000))));
        assertEquals(List.of(40.0, 30.0), new LineNoiseProbe().grid(Map.of("snr_grid", List.of(40, 30), "mains", List.of(50))));
    }

    private static String message(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void dropoutZeroesWholeChannelsAtRateP() {
        Tensor x = randn(1, 400, 16, 50);
        Tensor out = new DropoutProbe().perturb(x, 0.3, ctx(9, x, Map.of()));
        int dropped = 0;
        for (int n = 0; n < 400; n++)
            for (int c = 0; c < 16; c++) {
                int o = (n * 16 + c) * 50;
                boolean zero = out.data()[o] == 0f;
                for (int t = 0; t < 50; t++) assertEquals(zero ? 0f : x.data()[o + t], out.data()[o + t]);
                if (zero) dropped++;
            }
        assertEquals(0.3, dropped / 6400.0, 0.03); // ~5 standard errors of a Bernoulli(0.3) mean over 6400 channels
        assertArrayEquals(x.data(), new DropoutProbe().perturb(x, 0.0, ctx(9, x, Map.of())).data());
        assertBatchIndependent(new DropoutProbe(), x, 0.2);
    }

    @Test
    void noiseHasThePowerTheSnrAsks() {
        Tensor x = randn(2, 50, 8, 500);
        double power = SignalStats.of(x.data()).power();
        for (double snr : new double[] {20, 0}) {
            Tensor out = new GaussianNoiseProbe().perturb(x, snr, ctx(3, x, Map.of()));
            double e = 0;
            for (int i = 0; i < x.data().length; i++) e += Math.pow(out.data()[i] - x.data()[i], 2);
            assertEquals(power / Math.pow(10, snr / 10), e / x.data().length, 0.01 * power / Math.pow(10, snr / 10));
        }
        assertBatchIndependent(new GaussianNoiseProbe(), x, 10);
    }

    /** At fs 200 Hz and 500 samples, 50 and 60 Hz fall on DFT bins 125 and 150: all the added energy must sit there. */
    @Test
    void lineNoiseIsTheSameUnitRmsMainsWaveformOnEverySample() {
        Tensor x = randn(4, 6, 3, 500);
        double power = SignalStats.of(x.data()).power();
        Tensor out = new LineNoiseProbe().perturb(x, 10, ctx(11, x, Map.of()));
        double sigma = Math.sqrt(power / 10);
        for (int c = 0; c < 3; c++) {
            double[] d = new double[500];
            for (int t = 0; t < 500; t++) d[t] = out.data()[c * 500 + t] - x.data()[c * 500 + t];
            for (int n = 1; n < 6; n++)
                for (int t = 0; t < 500; t++)
                    assertEquals(d[t], out.data()[(n * 3 + c) * 500 + t] - x.data()[(n * 3 + c) * 500 + t], 1e-5);
            double total = 0;
            for (double v : d) total += v * v;
            assertEquals(sigma, Math.sqrt(total / 500), 1e-4 * sigma);
            double atMains = binEnergy(d, 125) + binEnergy(d, 150);
            assertEquals(1.0, atMains / total, 1e-6);
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LineNoiseProbe().perturb(x, 10, new ProbeContext(1, 0, Double.NaN, Map.of())));
        assertTrue(e.getMessage().contains("--sampling-freq"));
        // mains from the config: 50 Hz alone puts nothing at 60 Hz
        Tensor only50 = new LineNoiseProbe().perturb(x, 10, ctx(11, x, Map.of("mains", List.of(50))));
        double[] d = new double[500];
        for (int t = 0; t < 500; t++) d[t] = only50.data()[t] - x.data()[t];
        assertEquals(0.0, binEnergy(d, 150), 1e-6);
    }

    /**
     * power: sample measures each sample's SNR against its own power. Sample 0 is all 1s (power 1), sample 1 all 3s
     * (power 9): at 20 dB their sigmas are sqrt(1/100) = 0.1 and sqrt(9/100) = 0.3, where the dataset's power (5) gives
     * both sqrt(5/100). The normals are the counter-based generator's, element by element.
     */
    @Test
    void snrAgainstEachSamplesOwnPowerOnRequest() {
        int per = 4 * 250;
        float[] v = new float[2 * per];
        Arrays.fill(v, 0, per, 1f);
        Arrays.fill(v, per, 2 * per, 3f);
        Tensor x = new Tensor(new int[] {2, 4, 250}, v);
        Map<String, Object> perSample = Map.of("power", "sample");
        assertEquals(List.of(20.0, 0.0), new GaussianNoiseProbe().grid(Map.of("snr_grid", List.of(20, 0), "power", "sample")));
        Tensor own = new GaussianNoiseProbe().perturb(x, 20, ctx(7, x, perSample));
        Tensor shared = new GaussianNoiseProbe().perturb(x, 20, ctx(7, x, Map.of("power", "dataset")));
        for (int i = 0; i < 2 * per; i++) {
            float z = CounterRng.normal(7, i);
            assertEquals(v[i] + (i < per ? 0.1 : 0.3) * z, own.data()[i], 1e-6);
            assertEquals(v[i] + Math.sqrt(0.05) * z, shared.data()[i], 1e-6);
        }
        assertArrayEquals(new GaussianNoiseProbe().perturb(x, 20, ctx(7, x, Map.of())).data(), shared.data()); // dataset is the default
        // line noise: the same waveform on both samples, 3x larger on the louder one
        Tensor line = new LineNoiseProbe().perturb(x, 20, ctx(11, x, perSample));
        double rms0 = 0;
        for (int i = 0; i < per; i++) {
            assertEquals(3 * (line.data()[i] - 1f), line.data()[per + i] - 3f, 1e-5);
            rms0 += Math.pow(line.data()[i] - 1f, 2);
        }
        assertEquals(0.1, Math.sqrt(rms0 / per), 1e-5); // unit-RMS waveform times sigma 0.1
        assertEquals("probe_config.noise.power is 'loud'; use dataset (SNR against the whole dataset's power, as the reference) or sample (against each sample's own power)",
                message(() -> new GaussianNoiseProbe().grid(Map.of("power", "loud"))));
        assertTrue(message(() -> new LineNoiseProbe().grid(Map.of("power", 1))).startsWith("probe_config.line_noise.power is '1'"));
    }

    /** phases: sample gives every sample its own mains waveform: still all at 50 and 60 Hz with RMS sigma, but different. */
    @Test
    void lineNoisePhasesPerSampleOnRequest() {
        Tensor x = randn(4, 6, 3, 500);
        SignalStats st = SignalStats.of(x.data());
        Map<String, Object> cfg = Map.of("phases", "sample");
        assertEquals(List.of(40.0, 30.0, 20.0, 10.0, 5.0), new LineNoiseProbe().grid(cfg));
        Tensor out = new LineNoiseProbe().perturb(x, 10, new ProbeContext(11, 0, 200, cfg, st));
        double sigma = Math.sqrt(st.power() / 10);
        double[][] first = new double[6][];
        for (int n = 0; n < 6; n++)
            for (int c = 0; c < 3; c++) {
                double[] d = new double[500];
                for (int t = 0; t < 500; t++) d[t] = out.data()[(n * 3 + c) * 500 + t] - x.data()[(n * 3 + c) * 500 + t];
                double total = 0;
                for (double v : d) total += v * v;
                assertEquals(sigma, Math.sqrt(total / 500), 1e-4 * sigma);
                assertEquals(1.0, (binEnergy(d, 125) + binEnergy(d, 150)) / total, 1e-6);
                if (c == 0) first[n] = d;
            }
        for (int n = 1; n < 6; n++) {
            double maxDiff = 0;
            for (int t = 0; t < 500; t++) maxDiff = Math.max(maxDiff, Math.abs(first[n][t] - first[0][t]));
            assertTrue(maxDiff > 0.1 * sigma, "sample " + n + " has sample 0's waveform");
        }
        // each sample's phases come from its own stream: perturbing in two batches gives the same data
        Tensor a = new LineNoiseProbe().perturb(x.slice(0, 2), 10, new ProbeContext(11, 0, 200, cfg, st));
        Tensor b = new LineNoiseProbe().perturb(x.slice(2, 6), 10, new ProbeContext(11, 2, 200, cfg, st));
        float[] joined = Arrays.copyOf(a.data(), x.data().length);
        System.arraycopy(b.data(), 0, joined, a.data().length, b.data().length);
        assertArrayEquals(out.data(), joined);
        assertTrue(message(() -> new LineNoiseProbe().grid(Map.of("phases", "random"))).startsWith(
                "probe_config.line_noise.phases is 'random'; use shared (one waveform for every sample, as the reference) or sample"));
    }

    /** Energy of a real signal at DFT bin k (both the k and N-k bins), by Parseval: 2|X_k|^2 / N. */
    static double binEnergy(double[] d, int k) {
        double re = 0, im = 0;
        for (int t = 0; t < d.length; t++) {
            re += d[t] * Math.cos(2 * Math.PI * k * t / d.length);
            im -= d[t] * Math.sin(2 * Math.PI * k * t / d.length);
        }
        return 2 * (re * re + im * im) / d.length;
    }

    @Test
    void permutationReordersChannelsTheSameWayForEverySample() {
        Tensor x = randn(5, 4, 6, 3);
        Tensor out = new PermutationProbe().perturb(x, 0, ctx(17, x, Map.of()));
        int[] perm = PermutationProbe.permutation(17, 6);
        int[] sorted = perm.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, sorted);
        for (int n = 0; n < 4; n++)
            for (int c = 0; c < 6; c++)
                for (int t = 0; t < 3; t++)
                    assertEquals(x.data()[(n * 6 + perm[c]) * 3 + t], out.data()[(n * 6 + c) * 3 + t]);
        assertFalse(Arrays.equals(perm, PermutationProbe.permutation(18, 6)) && Arrays.equals(perm, PermutationProbe.permutation(19, 6)));
    }

    @Test
    void shiftRollsTimeLaterAndIsDeterministic() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 10, 20, 30, 40, 50}, 1, 2, 5);
        Tensor out = new TemporalShiftProbe().perturb(x, 2, ctx(1, x, Map.of()));
        assertArrayEquals(new float[] {4, 5, 1, 2, 3, 40, 50, 10, 20, 30}, out.data()); // np.roll(x, 2, axis=-1)
        assertArrayEquals(x.data(), new TemporalShiftProbe().perturb(x, 0, ctx(99, x, Map.of())).data());
    }

    @Test
    void maskingAndExpressionNoiseFollowTheirDistributions() {
        Tensor x = randn(6, 200, 500);
        Tensor masked = new FeatureMaskingProbe().perturb(x, 0.15, ctx(2, x, Map.of()));
        int zeros = 0;
        for (int i = 0; i < x.data().length; i++) {
            if (masked.data()[i] == 0f) zeros++;
            else assertEquals(x.data()[i], masked.data()[i]);
        }
        assertEquals(0.15, zeros / 100_000.0, 0.006);
        assertBatchIndependent(new FeatureMaskingProbe(), x, 0.15);

        Tensor noisy = new ExpressionNoiseProbe().perturb(x, 0.3, ctx(2, x, Map.of()));
        double s = 0, s2 = 0;
        for (int i = 0; i < x.data().length; i++) {
            double l = Math.log(noisy.data()[i] / x.data()[i]);
            s += l;
            s2 += l * l;
        }
        assertEquals(0.0, s / 100_000, 0.005);
        assertEquals(0.3, Math.sqrt(s2 / 100_000), 0.005);
        assertArrayEquals(x.data(), new ExpressionNoiseProbe().perturb(x, 0, ctx(2, x, Map.of())).data());
        assertBatchIndependent(new ExpressionNoiseProbe(), x, 0.2);
    }

    @Test
    void intensityAndContrastAreGlobalAffineChanges() {
        Tensor x = randn(7, 3, 4, 5, 6);
        SignalStats st = SignalStats.of(x.data());
        Tensor shifted = new IntensityShiftProbe().perturb(x, 0.2, ctx(3, x, Map.of()));
        double d0 = shifted.data()[0] - x.data()[0];
        assertTrue(Math.abs(d0) <= 0.2 * st.std() + 1e-6 && d0 != 0);
        for (int i = 0; i < x.data().length; i++) assertEquals(d0, shifted.data()[i] - x.data()[i], 1e-5);

        Tensor con = new ContrastProbe().perturb(x, 0.3, ctx(3, x, Map.of()));
        double s = (con.data()[0] - st.mean()) / (x.data()[0] - st.mean());
        assertTrue(s >= 0.7 && s <= 1.3, "contrast factor " + s);
        for (int i = 0; i < x.data().length; i++) assertEquals((x.data()[i] - st.mean()) * s + st.mean(), con.data()[i], 1e-4);
        assertArrayEquals(x.data(), new ContrastProbe().perturb(x, 0.0, ctx(3, x, Map.of())).data(), 1e-6f);
    }

    @Test
    void probesLeaveTheirInputAlone() {
        Tensor x = randn(8, 4, 8, 64);
        float[] before = x.data().clone();
        for (RobustnessProbe p : ServiceLoader.load(RobustnessProbe.class))
            if (p.appliesTo(x.sampleShape())) p.perturb(x, p.grid(Map.of()).get(2), ctx(1, x, Map.of()));
        assertArrayEquals(before, x.data());
    }
}
