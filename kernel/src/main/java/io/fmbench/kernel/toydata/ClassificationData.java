package io.fmbench.kernel.toydata;

/**
 * A small cousin of scikit-learn's make_classification: each class has two Gaussian clusters centred on vertices of a
 * hypercube (side 2) in the informative dimensions, two redundant features are linear mixes of the informative ones,
 * the rest is noise, 1% of labels are flipped, and rows and columns are shuffled.
 */
record ClassificationData(double[] x, long[] y) {

    static ClassificationData make(ToyRandom r, int n, int features, int classes, int informative) {
        int redundant = Math.min(2, features - informative);
        int clusters = classes * 2;
        double[][] centroids = new double[clusters][informative];
        for (double[] c : centroids) for (int j = 0; j < informative; j++) c[j] = r.integer(0, 2) == 0 ? -1 : 1;
        double[][] mix = new double[informative][redundant];
        for (double[] row : mix) for (int j = 0; j < redundant; j++) row[j] = r.uniform(-1, 1);

        double[] raw = new double[n * features];
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            int cluster = i % clusters;
            y[i] = cluster % classes;
            int o = i * features;
            for (int j = 0; j < informative; j++) raw[o + j] = centroids[cluster][j] + r.gaussian();
            for (int k = 0; k < redundant; k++) {
                double s = 0;
                for (int j = 0; j < informative; j++) s += raw[o + j] * mix[j][k];
                raw[o + informative + k] = s;
            }
            for (int j = informative + redundant; j < features; j++) raw[o + j] = r.gaussian();
            if (r.uniform(0, 1) < 0.01) y[i] = r.integer(0, classes);
        }
        int[] rows = identity(n);
        int[] cols = identity(features);
        r.shuffle(rows);
        r.shuffle(cols);
        double[] x = new double[n * features];
        long[] ys = new long[n];
        for (int i = 0; i < n; i++) {
            ys[i] = y[rows[i]];
            for (int j = 0; j < features; j++) x[i * features + j] = raw[rows[i] * features + cols[j]];
        }
        return new ClassificationData(x, ys);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
