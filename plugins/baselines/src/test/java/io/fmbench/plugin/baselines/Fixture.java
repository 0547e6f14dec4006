package io.fmbench.plugin.baselines;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Tensor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the numpy fixtures written by src/test/python/make_linear_fixtures.py: blocks "name rows cols" + rows. */
final class Fixture {

    private final Map<String, double[][]> blocks = new HashMap<>();

    Fixture(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Fixture.class.getResourceAsStream("/fixtures/" + resource), StandardCharsets.UTF_8))) {
            String head;
            while ((head = r.readLine()) != null) {
                String[] h = head.trim().split("\\s+");
                int rows = Integer.parseInt(h[1]), cols = Integer.parseInt(h[2]);
                double[][] a = new double[rows][cols];
                for (int i = 0; i < rows; i++) {
                    String[] v = r.readLine().trim().split("\\s+");
                    for (int j = 0; j < cols; j++) a[i][j] = Double.parseDouble(v[j]);
                }
                blocks.put(h[0], a);
            }
        }
    }

    double[][] matrix(String name) {
        double[][] a = blocks.get(name);
        if (a == null) throw new IllegalArgumentException("no block " + name);
        return a;
    }

    double[] row(String name) {
        return matrix(name)[0];
    }

    int[] labels(String name) {
        double[] v = row(name);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (int) v[i];
        return out;
    }

    /** A batch of the matrix's rows as float32 inputs (the fixture holds float32-exact values). */
    Batch batch(String name) {
        double[][] a = matrix(name);
        int d = a[0].length;
        float[] data = new float[a.length * d];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < d; j++) data[i * d + j] = (float) a[i][j];
            ids.add("s" + i);
        }
        return new Batch(0, ids, Tensor.of(data, a.length, d), null);
    }
}
