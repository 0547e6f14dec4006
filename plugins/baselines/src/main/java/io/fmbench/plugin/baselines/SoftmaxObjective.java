package io.fmbench.plugin.baselines;

/**
 * scikit-learn's L2-penalised logistic loss, scaled by the total sample weight S (same minimiser as C * sum loss +
 * ||W||^2 / 2):  f = (1/S) sum_i sw_i * (-log p(y_i | x_i)) + ||W||^2 / (2 C S), intercepts unpenalised.
 * Multinomial softmax over K score vectors for K > 2; for K = 2 one vector (class 0's score fixed at 0), which is the
 * binary logistic regression scikit-learn fits for two classes. Parameters are in standardised feature space and
 * laid out per scored class as [w_1 .. w_d, b].
 */
final class SoftmaxObjective implements Lbfgs.Objective {

    private final Features x;
    private final Features.Scaler scaler;
    private final int[] y;
    private final double[] weight;
    private final double weightSum;
    private final int classes;
    private final int scored;
    private final double c;

    SoftmaxObjective(Features x, Features.Scaler scaler, int[] y, double[] weight, int classes, double c) {
        this.x = x;
        this.scaler = scaler;
        this.y = y;
        this.weight = weight;
        this.classes = classes;
        this.scored = scoredClasses(classes);
        this.c = c;
        double s = 0;
        for (double w : weight) s += w;
        this.weightSum = s;
    }

    static int scoredClasses(int classes) {
        return classes == 2 ? 1 : classes;
    }

    int parameterCount() {
        return scored * (x.cols + 1);
    }

    private record Partial(double loss, double[][] grad, double[] gradBias) {}

    @Override
    public double evaluate(double[] theta, double[] g) {
        int d = x.cols;
        LinearModel raw = LinearModel.fromStandardised(theta, scored, scaler);
        Partial[] parts = RowBlocks.map(x.rows, Partial[]::new, (from, to) -> {
            double[][] gw = new double[scored][d];
            double[] gb = new double[scored];
            double[] z = new double[classes];
            double loss = 0;
            for (int i = from; i < to; i++) {
                raw.scores(x.x, i * d, d, z);
                double lse = logSumExp(z);
                loss += weight[i] * (lse - z[y[i]]);
                for (int m = 0; m < scored; m++) {
                    int k = m + classes - scored;
                    double dz = weight[i] * (Math.exp(z[k] - lse) - (y[i] == k ? 1 : 0));
                    LinearKernels.axpy(dz, x.x, i * d, gw[m], d);
                    gb[m] += dz;
                }
            }
            return new Partial(loss, gw, gb);
        });
        double loss = 0;
        java.util.Arrays.fill(g, 0);
        for (Partial p : parts) {
            loss += p.loss;
            for (int m = 0; m < scored; m++) {
                int o = m * (d + 1);
                for (int j = 0; j < d; j++) g[o + j] += p.grad[m][j];
                g[o + d] += p.gradBias[m];
            }
        }
        double penalty = 0;
        for (int m = 0; m < scored; m++) {
            int o = m * (d + 1);
            for (int j = 0; j < d; j++) { // chain rule through (x - mean) / scale
                g[o + j] = (g[o + j] - scaler.mean[j] * g[o + d]) / scaler.scale[j] / weightSum + theta[o + j] / (c * weightSum);
                penalty += theta[o + j] * theta[o + j];
            }
            g[o + d] /= weightSum;
        }
        return loss / weightSum + penalty / (2 * c * weightSum);
    }

    static double logSumExp(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double s = 0;
        for (double v : z) s += Math.exp(v - max);
        return max + Math.log(s);
    }
}
