package io.fmbench.kernel.stats.jmh;

import io.fmbench.spi.rank.MannWhitneyAuroc;
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

/**
 * AUROC of 10^7 samples from scratch, single thread:
 * <ul>
 *   <li>{@code auroc1e7}: {@link MannWhitneyAuroc}, keys split by class, radix-sorted, one merge;</li>
 *   <li>{@code auroc1e7FloatScores}: the same on float-valued scores (a float32 model), fewer radix passes;</li>
 *   <li>{@code sortedAuroc1e7}: building the bootstrap's sort-once {@link SortedAuroc} (index permutation) and
 *       sweeping it, the path this benchmark measured before.</li>
 * </ul>
 * Each also reports its CPU time ({@link CpuTime}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AurocBenchmark {

    double[] scores, floatScores;
    boolean[] positive;

    @Setup
    public void setup() {
        int n = 10_000_000;
        SplittableRandom rng = new SplittableRandom(1);
        scores = new double[n];
        floatScores = new double[n];
        positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = rng.nextBoolean();
            scores[i] = 1 / (1 + Math.exp(-(rng.nextGaussian() + (positive[i] ? 1 : 0))));
            floatScores[i] = (float) scores[i];
        }
    }

    @Benchmark
    public double auroc1e7(CpuTime cpu) {
        return cpu.time(() -> MannWhitneyAuroc.of(scores, positive));
    }

    @Benchmark
    public double auroc1e7FloatScores(CpuTime cpu) {
        return cpu.time(() -> MannWhitneyAuroc.of(floatScores, positive));
    }

    @Benchmark
    public double sortedAuroc1e7(CpuTime cpu) {
        return cpu.time(() -> new SortedAuroc(scores, positive).auroc());
    }
}
