package io.fmbench.kernel.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means (Lloyd's iterations, squared Euclidean) from k-means++ seeds, restarted {@value #RESTARTS} times with the
 * streams (seed, restart); the restart with the lowest inertia wins, the earliest on ties. Single-threaded, so the
 * clusters depend on the data and the seed only. An empty cluster keeps its centre.
 */
public final class KMeans {

    public static final int RESTARTS = 4, MAX_ITERATIONS = 100;

    /** Cluster per sample and the sum of squared distances to the assigned centres. */
    public record Result(int[] labels, double inertia) {}

    private KMeans() {}

    public static Result fit(float[][] x, int k, long seed) {
        if (k < 1 || k > x.length) throw new IllegalArgumentException("k-means needs 1 <= k <= " + x.length + " samples, got k = " + k);
        Result best = null;
        for (int r = 0; r < RESTARTS; r++) {
            Result res = lloyd(x, seeds(x, k, Streams.of(seed, r)));
            if (best == null || res.inertia() < best.inertia()) best = res;
        }
        return best;
    }

    /** k-means++: a uniform first centre, then each next one drawn with probability proportional to D(x)^2. */
    static double[][] seeds(float[][] x, int k, SplittableRandom rng) {
        int n = x.length;
        double[][] c = new double[k][];
        c[0] = toDouble(x[rng.nextInt(n)]);
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) d2[i] = squared(x[i], c[0]);
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (double v : d2) total += v;
            int pick = n - 1;
            if (total <= 0) pick = rng.nextInt(n); // every point sits on a centre already
            else {
                double u = rng.nextDouble() * total, acc = 0;
                for (int i = 0; i < n; i++) if ((acc += d2[i]) > u) {
                    pick = i;
                    break;
                }
            }
            c[j] = toDouble(x[pick]);
            for (int i = 0; i < n; i++) d2[i] = Math.min(d2[i], squared(x[i], c[j]));
        }
        return c;
    }

    static Result lloyd(float[][] x, double[][] centres) {
        int n = x.length, k = centres.length, d = x[0].length;
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int it = 0; it < MAX_ITERATIONS && assign(x, centres, labels); it++) {
            double[][] sum = new double[k][d];
            int[] size = new int[k];
            for (int i = 0; i < n; i++) {
                size[labels[i]]++;
                for (int f = 0; f < d; f++) sum[labels[i]][f] += x[i][f];
            }
            for (int c = 0; c < k; c++) {
                if (size[c] == 0) continue;
                for (int f = 0; f < d; f++) sum[c][f] /= size[c];
                centres[c] = sum[c];
            }
        }
        assign(x, centres, labels); // labels of the final centres, when the iterations ran out
        double inertia = 0;
        for (int i = 0; i < n; i++) inertia += squared(x[i], centres[labels[i]]);
        return new Result(labels, inertia);
    }

    /** Nearest centre per sample (the lowest index on ties); whether any label changed. */
    private static boolean assign(float[][] x, double[][] centres, int[] labels) {
        boolean changed = false;
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            double bestD = squared(x[i], centres[0]);
            for (int c = 1; c < centres.length; c++) {
                double dc = squared(x[i], centres[c]);
                if (dc < bestD) {
                    bestD = dc;
                    best = c;
                }
            }
            changed |= labels[i] != best;
            labels[i] = best;
        }
        return changed;
    }

    static double squared(float[] a, double[] c) {
        double s = 0;
        for (int f = 0; f < a.length; f++) {
            double t = a[f] - c[f];
            s += t * t;
        }
        return s;
    }

    private static double[] toDouble(float[] a) {
        double[] out = new double[a.length];
        for (int f = 0; f < a.length; f++) out[f] = a[f];
        return out;
    }
}
