package io.fmbench.kernel.stats;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Seeded bootstrap confidence intervals by resampling weights: resample r gives every sample its multiplicity from
 * stream (seed, r), and the statistic is evaluated under those weights (no copying of the data).
 */
public final class Bootstrap {

    private Bootstrap() {}

    /** Interval for a metric (AUROC through the sort-once fast path, see {@link MetricStatistics}). */
    public static ConfidenceInterval ci(Metric metric, MetricInput input, BootstrapOptions options) {
        return ci(MetricStatistics.of(metric, input), input.size(), options);
    }

    /** Interval for any weighted statistic of n samples. */
    public static ConfidenceInterval ci(WeightedStatistic statistic, int n, BootstrapOptions options) {
        return cis(List.of(statistic), n, options, i -> true).get(0);
    }

    /**
     * Intervals of several statistics of the same n samples from one pass over the resamples: each resample's weights
     * are drawn once for all of them. The intervals equal those of {@link #ci} one statistic at a time. BCa only for
     * the statistics {@code bca} accepts (by index); the others get percentile intervals.
     */
    public static List<ConfidenceInterval> cis(List<WeightedStatistic> statistics, int n, BootstrapOptions options, IntPredicate bca) {
        double[][] all = replicates(statistics, n, options);
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        List<ConfidenceInterval> out = new ArrayList<>(statistics.size());
        for (int s = 0; s < statistics.size(); s++)
            out.add(interval(statistics.get(s), statistics.get(s).apply(ones), all[s], n, bca.test(s) ? options : options.withBcaMaxSamples(0)));
        return out;
    }

    private static ConfidenceInterval interval(WeightedStatistic statistic, double estimate, double[] all, int n, BootstrapOptions options) {
        double[] sorted = sortedDefined(all);
        if (sorted.length > 0 && !Double.isNaN(estimate) && n <= options.bcaMaxSamples()) {
            double[] bca = Bca.interval(estimate, sorted, jackknife(statistic, n, options.threads()), options.level());
            if (bca != null)
                return new ConfidenceInterval(estimate, bca[0], bca[1], options.level(), "bca", all.length, all.length - sorted.length, options.seed());
        }
        return percentile(estimate, sorted, all.length, options);
    }

    /**
     * The percentile interval of a statistic from its value on every resample (see {@link #replicates}); resamples on
     * which it is undefined (NaN) are left out and counted.
     */
    public static ConfidenceInterval percentile(double estimate, double[] replicates, BootstrapOptions options) {
        return percentile(estimate, sortedDefined(replicates), replicates.length, options);
    }

    /** As above, from the defined replicates already sorted, out of {@code resamples}. */
    private static ConfidenceInterval percentile(double estimate, double[] sorted, int resamples, BootstrapOptions options) {
        int undefined = resamples - sorted.length;
        if (sorted.length == 0)
            return new ConfidenceInterval(estimate, Double.NaN, Double.NaN, options.level(), "percentile", resamples, undefined, options.seed());
        double alpha = (1 - options.level()) / 2;
        return new ConfidenceInterval(estimate, Quantiles.ofSorted(sorted, alpha), Quantiles.ofSorted(sorted, 1 - alpha),
                options.level(), "percentile", resamples, undefined, options.seed());
    }

    private static double[] sortedDefined(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    /** The statistic on every resample, in resample order (NaN where undefined). */
    public static double[] replicates(WeightedStatistic statistic, int n, BootstrapOptions options) {
        return replicates(List.of(statistic), n, options)[0];
    }

    /** Each statistic on every resample: [statistic][resample]; each resample's weights are drawn once for all of them. */
    public static double[][] replicates(List<WeightedStatistic> statistics, int n, BootstrapOptions options) {
        Resampler resampler = new Resampler(n, options.seed(), options.strata());
        double[][] out = new double[statistics.size()][options.resamples()];
        ThreadLocal<double[]> buffer = ThreadLocal.withInitial(() -> new double[n]);
        run(options.resamples(), options.threads(), r -> {
            double[] w = buffer.get();
            resampler.fill(r, w);
            for (int s = 0; s < out.length; s++) out[s][r] = statistics.get(s).apply(w);
        });
        return out;
    }

    /** Leave-one-out values: weight 0 for sample i, 1 for the others. */
    static double[] jackknife(WeightedStatistic statistic, int n, int threads) {
        double[] out = new double[n];
        ThreadLocal<double[]> buffer = ThreadLocal.withInitial(() -> {
            double[] w = new double[n];
            Arrays.fill(w, 1);
            return w;
        });
        run(n, threads, i -> {
            double[] w = buffer.get();
            w[i] = 0;
            out[i] = statistic.apply(w);
            w[i] = 1;
        });
        return out;
    }

    /** Runs task(0..count-1) on the calling thread or a private pool; each index writes only its own slot. */
    static void run(int count, int threads, java.util.function.IntConsumer task) {
        if (threads <= 1) {
            for (int i = 0; i < count; i++) task.accept(i);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
