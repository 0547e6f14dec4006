package io.fmbench.plugin.baselines;

/**
 * Limited-memory BFGS (Nocedal and Wright, algorithm 7.4, memory 10) with a backtracking Armijo line search, for the
 * smooth convex objectives of the baselines. Stops when the largest gradient component is at most {@code tol} (as
 * scikit-learn's lbfgs pgtol) or after {@code maxIter} iterations. Sequential and deterministic.
 */
final class Lbfgs {

    /** Value and gradient of the objective at x (gradient written into g). */
    interface Objective {
        double evaluate(double[] x, double[] g);
    }

    /** @param converged whether the gradient tolerance was met */
    record Result(double[] x, double value, int iterations, boolean converged) {}

    private static final int MEMORY = 10;

    private Lbfgs() {}

    static Result minimize(Objective f, double[] x0, int maxIter, double tol) {
        int n = x0.length;
        double[] x = x0.clone(), g = new double[n], xNew = new double[n], gNew = new double[n], d = new double[n];
        double[][] s = new double[MEMORY][], y = new double[MEMORY][];
        double[] rho = new double[MEMORY], alpha = new double[MEMORY];
        int stored = 0, head = 0;
        double fx = f.evaluate(x, g);
        for (int iter = 0; iter < maxIter; iter++) {
            if (maxAbs(g) <= tol) return new Result(x, fx, iter, true);
            // two-loop recursion: d = -H g
            for (int i = 0; i < n; i++) d[i] = -g[i];
            for (int m = 0; m < stored; m++) {
                int k = Math.floorMod(head - 1 - m, MEMORY);
                alpha[k] = rho[k] * dot(s[k], d);
                axpy(-alpha[k], y[k], d);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, MEMORY);
                scale(dot(s[last], y[last]) / dot(y[last], y[last]), d);
            } else {
                scale(1 / Math.max(1, norm(g)), d); // first step: a unit-length move along -g
            }
            for (int m = stored - 1; m >= 0; m--) {
                int k = Math.floorMod(head - 1 - m, MEMORY);
                double beta = rho[k] * dot(y[k], d);
                axpy(alpha[k] - beta, s[k], d);
            }
            double slope = dot(g, d);
            if (slope >= 0) { // not a descent direction (rounding): restart from steepest descent
                for (int i = 0; i < n; i++) d[i] = -g[i] / Math.max(1, norm(g));
                slope = dot(g, d);
                stored = 0;
            }
            double step = 1, fNew = Double.NaN;
            boolean accepted = false;
            for (int tries = 0; tries < 60; tries++) {
                for (int i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
                fNew = f.evaluate(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) return new Result(x, fx, iter, maxAbs(g) <= tol); // no progress possible in double precision
            double[] sk = new double[n], yk = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = xNew[i] - x[i];
                yk[i] = gNew[i] - g[i];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12 * dot(yk, yk)) { // keep the update only if curvature is positive
                s[head] = sk;
                y[head] = yk;
                rho[head] = 1 / sy;
                head = (head + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
        }
        return new Result(x, fx, maxIter, maxAbs(g) <= tol);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }

    private static void scale(double a, double[] x) {
        for (int i = 0; i < x.length; i++) x[i] *= a;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }
}
