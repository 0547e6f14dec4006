package io.fmbench.plugin.metrics;

import io.fmbench.spi.MetricInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One fixture file written by fixtures/make_fixtures.py: input arrays and expected metric values. */
record Fixture(Map<String, double[]> arrays, Map<String, Double> expected, Map<String, Double> expectedWeighted) {

    static Fixture load(String name) throws IOException {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>(), weighted = new LinkedHashMap<>();
        try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/" + name + ".txt")) {
            if (in == null) throw new IOException("fixture " + name + " missing");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split(" ");
                switch (f[0]) {
                    case "expect" -> expected.put(f[1], Double.parseDouble(f[2]));
                    case "expect_weighted" -> weighted.put(f[1], Double.parseDouble(f[2]));
                    default -> arrays.put(f[0], Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray());
                }
            }
        }
        return new Fixture(arrays, expected, weighted);
    }

    private static double[][] rows(double[] flat, int cols) {
        double[][] out = new double[flat.length / cols][];
        for (int i = 0; i < out.length; i++) out[i] = Arrays.copyOfRange(flat, i * cols, (i + 1) * cols);
        return out;
    }

    MetricInput input() {
        if (arrays.containsKey("k")) {
            int k = (int) arrays.get("k")[0];
            int[] y = Arrays.stream(arrays.get("y")).mapToInt(v -> (int) v).toArray();
            return MetricInput.classification(y, k, rows(arrays.get("p"), k), null);
        }
        int d = (int) arrays.get("d")[0];
        return MetricInput.regression(rows(arrays.get("t"), d), rows(arrays.get("e"), d));
    }

    double[] weights() {
        return arrays.get("w");
    }
}
