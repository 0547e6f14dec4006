package io.fmbench.kernel.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * DeLong, DeLong and Clarke-Pearson (1988): test of two correlated AUROCs (two models scored on the same samples),
 * from the placement values of each model; O(n) after one sort per model.
 */
public final class DeLong {

    /**
     * @param auc1 AUROC of the first model
     * @param auc2 AUROC of the second
     * @param se   standard error of auc1 - auc2
     * @param z    (auc1 - auc2) / se
     * @param p    two-sided p-value (1 when both models rank identically)
     */
    public record Result(double auc1, double auc2, double se, double z, double p) {
        public double difference() {
            return auc1 - auc2;
        }
    }

    private DeLong() {}

    public static Result test(double[] scores1, double[] scores2, boolean[] positive) {
        int n = positive.length;
        if (scores1.length != n || scores2.length != n)
            throw new IllegalArgumentException("both models need one score per sample");
        int m = 0;
        for (boolean p : positive) if (p) m++;
        if (m < 2 || n - m < 2) throw new IllegalArgumentException("DeLong's test needs at least 2 positive and 2 negative samples");
        double[] v1 = new SortedAuroc(scores1, positive).placements(), v2 = new SortedAuroc(scores2, positive).placements();
        double[] pos = covariance(v1, v2, positive, true, m), neg = covariance(v1, v2, positive, false, n - m);
        double a1 = pos[3], a2 = pos[4];
        double var = (pos[0] + pos[1] - 2 * pos[2]) / m + (neg[0] + neg[1] - 2 * neg[2]) / (n - m);
        double diff = a1 - a2;
        if (!(var > 0)) return new Result(a1, a2, 0, 0, diff == 0 ? 1 : Double.NaN);
        double se = Math.sqrt(var), z = diff / se;
        double p = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z));
        return new Result(a1, a2, se, z, Math.min(1, p));
    }

    /** {var1, var2, cov12, mean1, mean2} of the placements over one class (sample variances, n - 1). */
    private static double[] covariance(double[] v1, double[] v2, boolean[] positive, boolean which, int count) {
        double m1 = 0, m2 = 0;
        for (int i = 0; i < v1.length; i++) if (positive[i] == which) { m1 += v1[i]; m2 += v2[i]; }
        m1 /= count;
        m2 /= count;
        double s11 = 0, s22 = 0, s12 = 0;
        for (int i = 0; i < v1.length; i++) {
            if (positive[i] != which) continue;
            double d1 = v1[i] - m1, d2 = v2[i] - m2;
            s11 += d1 * d1;
            s22 += d2 * d2;
            s12 += d1 * d2;
        }
        return new double[] {s11 / (count - 1), s22 / (count - 1), s12 / (count - 1), m1, m2};
    }
}
