package io.fmbench.plugin.probes.jmh;

import io.fmbench.plugin.probes.PerturbationKernels;
import io.fmbench.plugin.probes.ScalarKernels;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * Kernel throughput on the (1000, 64, 1000) float32 array (256 MB), one thread, against a plain array copy
 * in the same run. Each operation processes the whole array; throughput in elements/s = 6.4e7 / (s/op).
 *
 * <p>Two regimes. Array to array (copy, dropout, ...): every sample is written into a second 256 MB array, so each store
 * misses the cache. On CPUs with AVX-512 HotSpot's arraycopy switches to non-temporal stores for copies of 2.5 MB and
 * more, which skip reading the destination first; the kernels write a 4 KB row or a 256 KB sample at a time, below that
 * size, so there {@code copy} takes about a third less time than any write made sample by sample ({@code copyBySample} is the
 * same copy made sample by sample). Streamed (*Streamed): every sample is written into one reused 256 KB buffer, as a
 * run does (it perturbs a batch into a buffer the model then reads), so the cost is reading the 256 MB plus the
 * kernel's own work.
 * Run: mvn -o -Pjmh -pl plugins/probes-timeseries test -Djmh.args="KernelBench -f 1 -wi 2 -w 2 -i 5 -r 3 -e noiseScalar"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class KernelBench {

    static final int N = 1000, C = 64, T = 1000, SAMPLE = C * T;

    final PerturbationKernels vector = PerturbationKernels.best();
    final PerturbationKernels scalar = ScalarKernels.INSTANCE;
    float[] x, out, wave, sampleOut;
    boolean[][] drop;
    int[] perm;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(1);
        x = new float[N * SAMPLE];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        out = new float[x.length];
        sampleOut = new float[SAMPLE];
        wave = new float[SAMPLE];
        for (int i = 0; i < wave.length; i++) wave[i] = (float) Math.sin(i * 0.1);
        drop = new boolean[N][C];
        for (boolean[] d : drop) for (int c = 0; c < C; c++) d[c] = r.nextDouble() < 0.3;
        perm = new int[C];
        for (int c = 0; c < C; c++) perm[c] = (c * 37) % C;
        if (!vector.name().startsWith("vector")) throw new IllegalStateException("vector kernels unavailable: " + vector.name());
    }

    @Benchmark
    public float[] copy() {
        System.arraycopy(x, 0, out, 0, x.length);
        return out;
    }

    @Benchmark
    public float[] noiseVector() {
        vector.addGaussian(x, 0, out, 0, x.length, 42L, 0, 0.5f);
        return out;
    }

    /** The noise kernel's arithmetic alone: one sample's 256 KB (cache-resident) perturbed N times, as a run's batches are. */
    @Benchmark
    public float[] noiseCached() {
        for (int n = 0; n < N; n++) vector.addGaussian(x, 0, out, 0, SAMPLE, 42L, (long) n * SAMPLE, 0.5f);
        return out;
    }

    @Benchmark
    public float[] noiseScalar() {
        scalar.addGaussian(x, 0, out, 0, x.length, 42L, 0, 0.5f);
        return out;
    }

    @Benchmark
    public float[] dropout() {
        for (int n = 0; n < N; n++) vector.dropRows(x, n * SAMPLE, out, n * SAMPLE, T, drop[n]);
        return out;
    }

    @Benchmark
    public float[] lineNoise() {
        for (int n = 0; n < N; n++) vector.addScaled(x, n * SAMPLE, wave, 0, 0.1f, out, n * SAMPLE, SAMPLE);
        return out;
    }

    @Benchmark
    public float[] permutation() {
        for (int n = 0; n < N; n++) vector.permuteRows(x, n * SAMPLE, out, n * SAMPLE, T, perm);
        return out;
    }

    @Benchmark
    public float[] shift() {
        for (int r = 0; r < N * C; r++) vector.rollRow(x, r * T, out, r * T, T, 40);
        return out;
    }

    /** A plain copy loop: C2 turns it into vector loads and stores, the ordinary (cache-allocating) kind. */
    @Benchmark
    public float[] copyLoop() {
        float[] src = x, dst = out;
        for (int i = 0; i < src.length; i++) dst[i] = src[i];
        return dst;
    }

    @Benchmark
    public float[] copyBySample() {
        for (int n = 0; n < N; n++) System.arraycopy(x, n * SAMPLE, out, n * SAMPLE, SAMPLE);
        return out;
    }

    @Benchmark
    public float[] copyStreamed() {
        for (int n = 0; n < N; n++) System.arraycopy(x, n * SAMPLE, sampleOut, 0, SAMPLE);
        return sampleOut;
    }

    @Benchmark
    public float[] noiseStreamed() {
        for (int n = 0; n < N; n++) vector.addGaussian(x, n * SAMPLE, sampleOut, 0, SAMPLE, 42L, (long) n * SAMPLE, 0.5f);
        return sampleOut;
    }

    @Benchmark
    public float[] dropoutStreamed() {
        for (int n = 0; n < N; n++) vector.dropRows(x, n * SAMPLE, sampleOut, 0, T, drop[n]);
        return sampleOut;
    }

    @Benchmark
    public float[] lineNoiseStreamed() {
        for (int n = 0; n < N; n++) vector.addScaled(x, n * SAMPLE, wave, 0, 0.1f, sampleOut, 0, SAMPLE);
        return sampleOut;
    }

    @Benchmark
    public float[] permutationStreamed() {
        for (int n = 0; n < N; n++) vector.permuteRows(x, n * SAMPLE, sampleOut, 0, T, perm);
        return sampleOut;
    }

    @Benchmark
    public float[] shiftStreamed() {
        for (int n = 0; n < N; n++)
            for (int c = 0; c < C; c++) vector.rollRow(x, n * SAMPLE + c * T, sampleOut, c * T, T, 40);
        return sampleOut;
    }
}
