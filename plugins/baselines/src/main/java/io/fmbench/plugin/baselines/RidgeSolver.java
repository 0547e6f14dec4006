package io.fmbench.plugin.baselines;

/**
 * Solves (Xc^T Xc + alpha I) W = Xc^T Yc for every output at once, Xc the centred (and maybe scaled) training inputs:
 * scikit-learn's Ridge with an unpenalised intercept. Small problems build the Gram matrix and use Cholesky (exact);
 * large ones (n d^2 above {@link #GRAM_WORK}) use conjugate gradients, which only pass over X and never hold a d x d
 * matrix. Both are deterministic: every sum has a fixed order.
 */
final class RidgeSolver {

    /** Multiply-adds above which building the Gram matrix costs more than CG's passes (40k x 4096 is 6.7e11). */
    static final double GRAM_WORK = 4e9;
    static final int CG_MAX_ITER = 2000;
    static final double CG_TOL = 1e-10;

    private RidgeSolver() {}

    /** @return weights per output in the scaler's space, length d each */
    static double[][] solve(Features x, Features.Scaler s, double[][] yc, double alpha, boolean forceCg) {
        double[][] rhs = xtY(x, s, yc);
        return !forceCg && (double) x.rows * x.cols * x.cols <= GRAM_WORK ? cholesky(gram(x, s, alpha), rhs) : cg(x, s, alpha, rhs);
    }

    /** The centred, scaled row i. */
    private static void row(Features x, Features.Scaler s, int i, double[] out) {
        int o = i * x.cols;
        for (int j = 0; j < x.cols; j++) out[j] = (x.x[o + j] - s.mean[j]) / s.scale[j];
    }

    private static double[][] xtY(Features x, Features.Scaler s, double[][] y) {
        int t = y[0].length, d = x.cols;
        double[][][] parts = RowBlocks.map(x.rows, double[][][]::new, (from, to) -> {
            double[][] acc = new double[t][d];
            double[] r = new double[d];
            for (int i = from; i < to; i++) {
                row(x, s, i, r);
                for (int k = 0; k < t; k++) for (int j = 0; j < d; j++) acc[k][j] += y[i][k] * r[j];
            }
            return acc;
        });
        return sum(parts, t, d);
    }

    /** Xc^T Xc + alpha I; task b owns the matrix rows j = b mod BLOCKS (balanced over the triangle). */
    private static double[][] gram(Features x, Features.Scaler s, double alpha) {
        int d = x.cols;
        double[][] g = new double[d][d];
        java.util.stream.IntStream.range(0, RowBlocks.BLOCKS).parallel().forEach(b -> {
            double[] r = new double[d];
            for (int i = 0; i < x.rows; i++) {
                row(x, s, i, r);
                for (int j = b; j < d; j += RowBlocks.BLOCKS) {
                    double a = r[j];
                    double[] gj = g[j];
                    for (int l = j; l < d; l++) gj[l] += a * r[l];
                }
            }
        });
        for (int j = 0; j < d; j++) {
            g[j][j] += alpha;
            for (int l = 0; l < j; l++) g[j][l] = g[l][j];
        }
        return g;
    }

    private static double[][] cholesky(double[][] a, double[][] rhs) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, Double.MIN_NORMAL)) : sum / l[j][j];
            }
        }
        double[][] w = new double[rhs.length][];
        for (int t = 0; t < rhs.length; t++) {
            double[] z = new double[d];
            for (int i = 0; i < d; i++) {
                double sum = rhs[t][i];
                for (int k = 0; k < i; k++) sum -= l[i][k] * z[k];
                z[i] = sum / l[i][i];
            }
            double[] v = new double[d];
            for (int i = d - 1; i >= 0; i--) {
                double sum = z[i];
                for (int k = i + 1; k < d; k++) sum -= l[k][i] * v[k];
                v[i] = sum / l[i][i];
            }
            w[t] = v;
        }
        return w;
    }

    /** Conjugate gradients on every output together (one pass pair over X per iteration for all outputs). */
    private static double[][] cg(Features x, Features.Scaler s, double alpha, double[][] rhs) {
        int t = rhs.length, d = x.cols;
        double[][] w = new double[t][d], r = new double[t][], p = new double[t][];
        double[] rr = new double[t], stop = new double[t];
        for (int k = 0; k < t; k++) {
            r[k] = rhs[k].clone();
            p[k] = rhs[k].clone();
            rr[k] = Lbfgs.dot(r[k], r[k]);
            stop[k] = CG_TOL * CG_TOL * rr[k];
        }
        for (int iter = 0; iter < CG_MAX_ITER; iter++) {
            boolean done = true;
            for (int k = 0; k < t; k++) done &= rr[k] <= stop[k];
            if (done) break;
            double[][] ap = normalTimes(x, s, alpha, p);
            for (int k = 0; k < t; k++) {
                if (rr[k] <= stop[k]) continue;
                double a = rr[k] / Lbfgs.dot(p[k], ap[k]);
                for (int j = 0; j < d; j++) {
                    w[k][j] += a * p[k][j];
                    r[k][j] -= a * ap[k][j];
                }
                double next = Lbfgs.dot(r[k], r[k]);
                for (int j = 0; j < d; j++) p[k][j] = r[k][j] + next / rr[k] * p[k][j];
                rr[k] = next;
            }
        }
        return w;
    }

    /** (Xc^T Xc + alpha I) v for each v, without forming Xc: Xc v = X (v / scale) - mean . (v / scale). */
    private static double[][] normalTimes(Features x, Features.Scaler s, double alpha, double[][] v) {
        int t = v.length, d = x.cols;
        double[][] vs = new double[t][d];
        double[] shift = new double[t];
        for (int k = 0; k < t; k++) for (int j = 0; j < d; j++) {
            vs[k][j] = v[k][j] / s.scale[j];
            shift[k] += vs[k][j] * s.mean[j];
        }
        Pass[] parts = RowBlocks.map(x.rows, Pass[]::new, (from, to) -> {
            double[][] acc = new double[t][d];
            double[] sums = new double[t]; // sum of Xc v over rows, for the centring term of Xc^T
            for (int i = from; i < to; i++) {
                for (int k = 0; k < t; k++) {
                    double xv = LinearKernels.dot(x.x, i * d, vs[k], d) - shift[k];
                    LinearKernels.axpy(xv, x.x, i * d, acc[k], d);
                    sums[k] += xv;
                }
            }
            return new Pass(acc, sums);
        });
        double[][] raw = new double[t][d];
        double[] total = new double[t];
        for (Pass p : parts) for (int k = 0; k < t; k++) {
            total[k] += p.sums[k];
            for (int j = 0; j < d; j++) raw[k][j] += p.acc[k][j];
        }
        double[][] out = new double[t][d];
        for (int k = 0; k < t; k++) for (int j = 0; j < d; j++)
            out[k][j] = (raw[k][j] - s.mean[j] * total[k]) / s.scale[j] + alpha * v[k][j];
        return out;
    }

    private record Pass(double[][] acc, double[] sums) {}

    private static double[][] sum(double[][][] parts, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (double[][] p : parts) for (int k = 0; k < rows; k++) for (int j = 0; j < cols; j++) out[k][j] += p[k][j];
        return out;
    }
}
