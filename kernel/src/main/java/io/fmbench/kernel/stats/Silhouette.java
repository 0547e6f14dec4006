package io.fmbench.kernel.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mean silhouette coefficient (Rousseeuw 1987) with Euclidean distance, as sklearn's silhouette_score: per sample,
 * a = mean distance to the other members of its group, b = the lowest mean distance to the members of another group,
 * s = (b - a) / max(a, b), and s = 0 for a sample alone in its group. O(n^2 d), hence {@link #sample}.
 */
public final class Silhouette {

    private Silhouette() {}

    /** The mean silhouette of the rows under their groups (0..k-1); NaN unless 2 <= groups present <= n - 1. */
    public static double of(float[][] x, int[] group, int k) {
        int n = x.length;
        int[] size = new int[k];
        for (int g : group) size[g]++;
        int present = 0;
        for (int s : size) if (s > 0) present++;
        if (present < 2 || present > n - 1) return Double.NaN;
        double[][] sum = new double[n][k]; // sum[i][g]: distances from i to the members of g
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                double d = Math.sqrt(squared(x[i], x[j]));
                sum[i][group[j]] += d;
                sum[j][group[i]] += d;
            }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int own = group[i];
            if (size[own] == 1) continue;
            double a = sum[i][own] / (size[own] - 1), b = Double.POSITIVE_INFINITY;
            for (int g = 0; g < k; g++) if (g != own && size[g] > 0) b = Math.min(b, sum[i][g] / size[g]);
            double m = Math.max(a, b);
            total += m > 0 ? (b - a) / m : 0;
        }
        return total / n;
    }

    /** All of 0..n-1 when n <= max, else max of them drawn without replacement from stream (seed, 0), ascending. */
    public static int[] sample(int n, int max, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        if (n <= max) return all;
        SplittableRandom rng = Streams.of(seed, 0);
        for (int i = 0; i < max; i++) { // partial Fisher-Yates
            int j = i + rng.nextInt(n - i), t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, max);
        Arrays.sort(out);
        return out;
    }

    private static double squared(float[] a, float[] b) {
        double s = 0;
        for (int f = 0; f < a.length; f++) {
            double t = (double) a[f] - b[f];
            s += t * t;
        }
        return s;
    }
}
