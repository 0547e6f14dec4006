package io.fmbench.kernel.robustness;

/** The reference's similarity and curve summaries (spec section 7.1, 7.4), as pure functions. */
public final class Similarity {

    /** Added to each norm, as the reference does, so that zero vectors give 0 rather than NaN. */
    public static final double EPS = 1e-8;

    private Similarity() {}

    /** Per-row cosine a_i.b_i / ((|a_i| + eps)(|b_i| + eps)); rows of different lengths are an error. */
    public static double[] cosine(double[][] a, double[][] b) {
        if (a.length != b.length) throw new IllegalArgumentException("cosine of " + a.length + " rows against " + b.length);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = cosine(a[i], b[i]);
        return out;
    }

    public static double cosine(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("cosine of vectors of length " + a.length + " and " + b.length);
        double dot = 0, na = 0, nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            na += a[j] * a[j];
            nb += b[j] * b[j];
        }
        return dot / ((Math.sqrt(na) + EPS) * (Math.sqrt(nb) + EPS));
    }

    /**
     * Normalised area under a curve: sort the points by x (ties keep their order), trapezoid rule, divided by the
     * x span; 0 for fewer than two points or a zero span (the reference's r_auc).
     */
    public static double rAuc(double[] xs, double[] ys) {
        return GridArea.over(xs).of(ys);
    }

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Population standard deviation (numpy's default ddof = 0). */
    public static double std(double[] v) {
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return v.length == 0 ? Double.NaN : Math.sqrt(s / v.length);
    }
}
