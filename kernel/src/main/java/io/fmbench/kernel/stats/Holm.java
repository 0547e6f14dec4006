package io.fmbench.kernel.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment of p-values for multiple comparisons (controls the family-wise error rate). */
public final class Holm {

    private Holm() {}

    /** Adjusted p-values in the input order; NaN entries stay NaN and do not count as tests. */
    public static double[] adjust(double[] p) {
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int r = 0; r < m; r++) {
            running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
            out[order[r]] = running;
        }
        return out;
    }
}
