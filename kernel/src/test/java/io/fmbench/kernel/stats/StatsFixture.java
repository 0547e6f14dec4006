package io.fmbench.kernel.stats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fixture of make_stats_fixtures.py: named number arrays, "expect name value" lines, and other raw lines. */
record StatsFixture(Map<String, double[]> arrays, Map<String, Double> expected) {

    static StatsFixture load(String name) throws IOException {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String line : lines(name)) {
            String[] f = line.split(" ");
            if (f[0].equals("expect")) expected.put(f[1], Double.parseDouble(f[2]));
            else arrays.put(f[0], Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray());
        }
        return new StatsFixture(arrays, expected);
    }

    static List<String> lines(String name) throws IOException {
        try (InputStream in = StatsFixture.class.getResourceAsStream("/fixtures/" + name + ".txt")) {
            if (in == null) throw new IOException("fixture " + name + " missing");
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                if (!l.isBlank() && !l.startsWith("#")) out.add(l.trim());
            return out;
        }
    }

    double expect(String key) {
        Double v = expected.get(key);
        if (v == null) throw new IllegalArgumentException("no expected " + key);
        return v;
    }
}
