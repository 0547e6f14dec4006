package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.MetricInput;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    static MetricInput binaryInput(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[n];
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(2);
            double s = Math.min(1, Math.max(0, Math.round((rng.nextDouble() * 0.8 + 0.2 * y[i]) * 50) / 50.0));
            p[i] = new double[] {1 - s, s};
        }
        return MetricInput.classification(y, 2, p, null);
    }

    /** Weighted mean of 0/1 values. */
    static WeightedStatistic mean(double[] x) {
        return w -> {
            double s = 0, ws = 0;
            for (int i = 0; i < x.length; i++) {
                s += w[i] * x[i];
                ws += w[i];
            }
            return ws > 0 ? s / ws : Double.NaN;
        };
    }

    @Test
    void sameSeedSameIntervalWhateverTheThreadCount() {
        MetricInput in = binaryInput(400, 5);
        PairwiseAurocMetric auroc = new PairwiseAurocMetric("AUROC-pairwise"); // generic path
        BootstrapOptions one = BootstrapOptions.defaults(42).withResamples(200);
        ConfidenceInterval a = Bootstrap.ci(auroc, in, one), b = Bootstrap.ci(auroc, in, one.withThreads(3));
        assertEquals(a, b);
        assertArrayEquals(Bootstrap.replicates(MetricStatistics.of(auroc, in), 400, one),
                Bootstrap.replicates(MetricStatistics.of(auroc, in), 400, one.withThreads(2)));
        assertNotEquals(a.lower(), Bootstrap.ci(auroc, in, BootstrapOptions.defaults(43).withResamples(200)).lower());
    }

    @Test
    void manyStatisticsInOnePassGiveTheIntervalsOfOneAtATime() {
        MetricInput in = binaryInput(150, 3);
        double[] positives = new double[150];
        for (int i = 0; i < 150; i++) positives[i] = in.classes()[i];
        WeightedStatistic auroc = MetricStatistics.of(new PairwiseAurocMetric("AUROC-pairwise"), in), share = mean(positives);
        BootstrapOptions o = BootstrapOptions.defaults(11).withResamples(300).withThreads(2);
        java.util.List<ConfidenceInterval> both = Bootstrap.cis(java.util.List.of(auroc, share), 150, o, i -> i == 1);
        assertEquals(Bootstrap.ci(auroc, 150, o.withBcaMaxSamples(0)), both.get(0));
        assertEquals(Bootstrap.ci(share, 150, o), both.get(1));
        assertEquals("percentile", both.get(0).method());
        assertEquals("bca", both.get(1).method());
    }

    @Test
    void fastAurocPathGivesTheGenericPathsReplicates() {
        MetricInput in = binaryInput(300, 9);
        BootstrapOptions o = BootstrapOptions.defaults(7).withResamples(100);
        WeightedStatistic fast = MetricStatistics.of(new PairwiseAurocMetric("AUROC"), in);
        WeightedStatistic generic = MetricStatistics.of(new PairwiseAurocMetric("AUROC-pairwise"), in);
        assertNotSame(fast.getClass(), generic.getClass());
        double[] f = Bootstrap.replicates(fast, 300, o), g = Bootstrap.replicates(generic, 300, o);
        for (int r = 0; r < f.length; r++) assertEquals(g[r], f[r], 1e-12, "resample " + r);
    }

    @Test
    void percentileIntervalOfAProportionMatchesTheNormalApproximation() {
        double[] x = new double[400];
        for (int i = 0; i < 300; i++) x[i] = 1; // p = .75; normal half-width 1.96 sqrt(.75 * .25 / 400) = .0424
        ConfidenceInterval ci = Bootstrap.ci(mean(x), 400, BootstrapOptions.defaults(1).withBcaMaxSamples(0).withResamples(2000));
        assertEquals("percentile", ci.method());
        assertEquals(0.75, ci.estimate(), 1e-12);
        assertEquals(0.75 - 0.0424, ci.lower(), 0.006);
        assertEquals(0.75 + 0.0424, ci.upper(), 0.006);
    }

    @Test
    void bcaIsUsedForSmallSamplesAndContainsTheEstimate() {
        double[] x = new double[60];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < x.length; i++) x[i] = -Math.log(1 - rng.nextDouble()); // skewed
        ConfidenceInterval ci = Bootstrap.ci(mean(x), x.length, BootstrapOptions.defaults(4));
        assertEquals("bca", ci.method());
        assertTrue(ci.lower() < ci.estimate() && ci.estimate() < ci.upper(), ci.toString());
        assertEquals(1000, ci.resamples());
    }

    @Test
    void strataKeepRareClassesInEveryResample() {
        int n = 12;
        int[] y = new int[n];
        y[0] = 1;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) p[i] = new double[] {.5 + i / 100.0, .5 - i / 100.0};
        MetricInput in = MetricInput.classification(y, 2, p, null);
        BootstrapOptions o = BootstrapOptions.defaults(3).withResamples(300);
        ConfidenceInterval plain = Bootstrap.ci(new PairwiseAurocMetric("AUROC"), in, o);
        ConfidenceInterval stratified = Bootstrap.ci(new PairwiseAurocMetric("AUROC"), in, o.withStrata(y));
        // P(no positive drawn) = (11/12)^12 = 0.35
        assertEquals(0.35 * 300, plain.undefinedResamples(), 30);
        assertEquals(0, stratified.undefinedResamples());
    }

    @Test
    void bcaMatchesNumpyFormula() throws IOException {
        StatsFixture f = StatsFixture.load("bca");
        double[] reps = f.arrays().get("replicates").clone();
        java.util.Arrays.sort(reps);
        double[] bca = Bca.interval(f.arrays().get("estimate")[0], reps, f.arrays().get("jackknife"), 0.95);
        assertEquals(f.expect("lower"), bca[0], 1e-10);
        assertEquals(f.expect("upper"), bca[1], 1e-10);
        assertEquals(f.expect("percentile_lower"), Quantiles.ofSorted(reps, 0.025), 1e-12);
        assertEquals(f.expect("percentile_upper"), Quantiles.ofSorted(reps, 0.975), 1e-12);
    }

    @Test
    void pairedBootstrapOfIdenticalModelsIsZero() {
        MetricInput in = binaryInput(200, 1);
        WeightedStatistic a = MetricStatistics.of(new PairwiseAurocMetric("AUROC"), in);
        PairedBootstrap.Result r = PairedBootstrap.test(a, a, 200, BootstrapOptions.defaults(5).withResamples(200).withBcaMaxSamples(0));
        assertEquals(0, r.interval().lower(), 0);
        assertEquals(0, r.interval().upper(), 0);
        assertEquals(1, r.p(), 0);
        // a clearly better model: 1 - AUROC of the same scores is worse on almost every resample
        WeightedStatistic worse = w -> 1 - a.apply(w);
        PairedBootstrap.Result d = PairedBootstrap.test(a, worse, 200, BootstrapOptions.defaults(5).withResamples(200).withBcaMaxSamples(0));
        assertTrue(d.interval().lower() > 0 && d.p() < 0.01, d.toString());
    }
}
