package io.fmbench.kernel.stats.jmh;

import io.fmbench.kernel.stats.SortedAuroc;
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

/** AUROC of 10^7 samples from scratch: radix sort of the scores, then one sweep. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AurocBenchmark {

    double[] scores;
    boolean[] positive;

    @Setup
    public void setup() {
        int n = 10_000_000;
        SplittableRandom rng = new SplittableRandom(1);
        scores = new double[n];
        positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = rng.nextBoolean();
            scores[i] = 1 / (1 + Math.exp(-(rng.nextGaussian() + (positive[i] ? 1 : 0))));
        }
    }

    @Benchmark
    public double auroc1e7() {
        return new SortedAuroc(scores, positive).auroc();
    }
}
