package io.fmbench.plugin.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a probe's block of the suite YAML ({@code probe_config.<name>}); absent keys give the reference's defaults. */
final class ProbeConfig {

    private ProbeConfig() {}

    /** A list of numbers under {@code key}, else the defaults. */
    static List<Double> numbers(String probe, Map<String, Object> config, String key, List<Double> defaults) {
        Object v = config == null ? null : config.get(key);
        if (v == null) return defaults;
        if (!(v instanceof List<?> list) || list.isEmpty())
            throw new IllegalArgumentException("probe_config." + probe + "." + key + " must be a non-empty list of numbers, got: " + v);
        List<Double> out = new ArrayList<>(list.size());
        for (Object o : list) out.add(number(probe, key, o));
        return List.copyOf(out);
    }

    /** A positive whole number under {@code key}, else the default. */
    static int count(String probe, Map<String, Object> config, String key, int fallback) {
        Object v = config == null ? null : config.get(key);
        if (v == null) return fallback;
        double d = number(probe, key, v);
        if (d < 1 || d != Math.rint(d) || d > 100_000)
            throw new IllegalArgumentException("probe_config." + probe + "." + key + " must be a positive whole number, got: " + v);
        return (int) d;
    }

    static double number(String probe, String key, Object o) {
        if (o instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
        if (o instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("probe_config." + probe + "." + key + " holds '" + o + "', which is not a number");
    }

    /** The grid 0, 1, ..., n-1 for probes whose grid points are repeated draws. */
    static List<Double> indices(int n) {
        List<Double> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add((double) i);
        return List.copyOf(out);
    }
}
