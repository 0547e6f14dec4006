package io.fmbench.kernel.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Multinomial bootstrap weights: resample r of n samples, optionally within strata, from stream (seed, r). */
final class Resampler {

    private final int n;
    private final long seed;
    private final int[][] strata; // member indices of each stratum

    Resampler(int n, long seed, int[] strataOfSample) {
        this.n = n;
        this.seed = seed;
        this.strata = strataOfSample == null ? null : members(strataOfSample, n);
    }

    private static int[][] members(int[] groupOf, int n) {
        if (groupOf.length != n) throw new IllegalArgumentException(groupOf.length + " strata labels for " + n + " samples");
        int[] sorted = groupOf.clone();
        Arrays.sort(sorted);
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < n; ) {
            int e = s;
            while (e < n && sorted[e] == sorted[s]) e++;
            int g = sorted[s], c = 0;
            int[] m = new int[e - s];
            for (int i = 0; i < n; i++) if (groupOf[i] == g) m[c++] = i;
            out.add(m);
            s = e;
        }
        return out.toArray(int[][]::new);
    }

    /** Fills {@code w} (length n) with the multiplicities of resample r. */
    void fill(int r, double[] w) {
        Arrays.fill(w, 0);
        SplittableRandom rng = Streams.of(seed, r);
        if (strata == null) {
            for (int i = 0; i < n; i++) w[rng.nextInt(n)]++;
            return;
        }
        for (int[] m : strata) for (int i = 0; i < m.length; i++) w[m[rng.nextInt(m.length)]]++;
    }
}
