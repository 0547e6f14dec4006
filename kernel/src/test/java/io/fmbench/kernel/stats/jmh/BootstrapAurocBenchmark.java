package io.fmbench.kernel.stats.jmh;

import io.fmbench.kernel.stats.Bootstrap;
import io.fmbench.kernel.stats.BootstrapOptions;
import io.fmbench.kernel.stats.SortedAuroc;
import io.fmbench.kernel.stats.Streams;
import io.fmbench.kernel.stats.WeightedStatistic;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1000 bootstrap replicates of AUROC on 10^5 samples, single thread:
 * <ul>
 *   <li>{@code byWeights}: the kernel's path, sort once, then multinomial weights and an O(n) sweep per resample;</li>
 *   <li>{@code naiveResampleSortScore}: the obvious loop, copy the resample, sort its indices by score, sweep;</li>
 *   <li>{@code naiveResampleRadixScore}: the same loop with our O(n) radix sort, for a fair lower bound.</li>
 * </ul>
 * Each also reports its CPU time ({@link CpuTime}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BootstrapAurocBenchmark {

    static final int N = 100_000, RESAMPLES = 1000;
    double[] scores;
    boolean[] positive;

    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(2);
        scores = new double[N];
        positive = new boolean[N];
        for (int i = 0; i < N; i++) {
            positive[i] = rng.nextBoolean();
            scores[i] = Math.round(1000 / (1 + Math.exp(-(rng.nextGaussian() + (positive[i] ? 1 : 0))))) / 1000.0;
        }
    }

    @Benchmark
    public double[] byWeights(CpuTime cpu) {
        return cpu.time(this::byWeights);
    }

    @Benchmark
    public double[] naiveResampleSortScore(CpuTime cpu) {
        return cpu.time(this::naiveResampleSortScore);
    }

    @Benchmark
    public double[] naiveResampleRadixScore(CpuTime cpu) {
        return cpu.time(this::naiveResampleRadixScore);
    }

    double[] byWeights() {
        SortedAuroc sorted = new SortedAuroc(scores, positive);
        WeightedStatistic s = sorted::auroc;
        return Bootstrap.replicates(s, N, BootstrapOptions.defaults(42).withResamples(RESAMPLES));
    }

    double[] naiveResampleSortScore() {
        double[] out = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            SplittableRandom rng = Streams.of(42, r);
            double[] s = new double[N];
            boolean[] p = new boolean[N];
            for (int i = 0; i < N; i++) {
                int j = rng.nextInt(N);
                s[i] = scores[j];
                p[i] = positive[j];
            }
            Integer[] order = new Integer[N];
            for (int i = 0; i < N; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingDouble(i -> s[i]));
            out[r] = sweep(s, p, order);
        }
        return out;
    }

    double[] naiveResampleRadixScore() {
        double[] out = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            SplittableRandom rng = Streams.of(42, r);
            double[] s = new double[N];
            boolean[] p = new boolean[N];
            for (int i = 0; i < N; i++) {
                int j = rng.nextInt(N);
                s[i] = scores[j];
                p[i] = positive[j];
            }
            out[r] = new SortedAuroc(s, p).auroc();
        }
        return out;
    }

    /** Mann-Whitney sweep over samples in ascending score order, ties 1/2. */
    static double sweep(double[] s, boolean[] p, Integer[] order) {
        double negBelow = 0, pos = 0, area = 0;
        for (int start = 0; start < order.length; ) {
            int end = start;
            double gp = 0, gn = 0;
            while (end < order.length && s[order[end]] == s[order[start]]) {
                if (p[order[end++]]) gp++;
                else gn++;
            }
            area += gp * (negBelow + 0.5 * gn);
            negBelow += gn;
            pos += gp;
            start = end;
        }
        return area / (pos * negBelow);
    }
}
