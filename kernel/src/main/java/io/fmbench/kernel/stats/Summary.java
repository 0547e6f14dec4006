package io.fmbench.kernel.stats;

import java.util.Arrays;

/**
 * Mean and sample standard deviation (n - 1) of repeated values (folds or seeds), with the raw values kept.
 * Undefined values (NaN) are counted apart and left out.
 *
 * @param sd NaN with fewer than two defined values
 */
public record Summary(double mean, double sd, double[] values, int undefined) {

    public Summary {
        values = values.clone();
    }

    public static Summary of(double... raw) {
        double[] v = Arrays.stream(raw).filter(x -> !Double.isNaN(x)).toArray();
        int undefined = raw.length - v.length;
        if (v.length == 0) return new Summary(Double.NaN, Double.NaN, raw, undefined);
        double mean = Arrays.stream(v).sum() / v.length, ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        return new Summary(mean, v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : Double.NaN, raw, undefined);
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
