package io.fmbench.plugin.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a probe's block of the suite YAML ({@code probe_config.<name>}); absent keys give the reference's defaults. */
final class ProbeConfig {

    /** Upper bound of counts such as num_perms: each is a full pass of model calls. */
    static final int MAX_COUNT = 100_000;

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

    /**
     * A curve's grid under {@code key}, else the defaults: at least two points (an rAUC needs a span; the reference
     * scores a one-point curve 0), each within [min, max].
     */
    static List<Double> grid(String probe, Map<String, Object> config, String key, List<Double> defaults, double min, double max) {
        List<Double> g = numbers(probe, config, key, defaults);
        if (g.size() < 2)
            throw new IllegalArgumentException("probe_config." + probe + "." + key + " has " + g.size() + " point; a curve needs at least 2 (e.g. the clean level and one perturbed level)");
        for (double v : g)
            if (v < min || v > max)
                throw new IllegalArgumentException("probe_config." + probe + "." + key + " holds " + v + ", outside [" + min + ", " + max + "]");
        return g;
    }

    /** Rejects settings the probe does not read (a misspelt key would otherwise leave the default in force unnoticed). */
    static void onlyKeys(String probe, Map<String, Object> config, String... known) {
        if (config == null) return;
        for (String k : config.keySet())
            if (!List.of(known).contains(k))
                throw new IllegalArgumentException("probe_config." + probe + " has the unknown setting '" + k + "'; the probe reads: " + String.join(", ", known));
    }

    /**
     * Whether an SNR is measured against each sample's own power ({@code power: sample}) rather than the whole
     * dataset's ({@code power: dataset}, the reference's and the default). Recordings differ in amplitude between
     * subjects and sites; against the dataset's power a quiet recording gets relatively more noise than a loud one.
     */
    static boolean perSamplePower(String probe, Map<String, Object> config) {
        return perSample(probe, config, "power", "dataset", "SNR against the whole dataset's power, as the reference", "against each sample's own power");
    }

    /**
     * Whether each sample gets its own line-noise phases ({@code phases: sample}: mains hum has no fixed phase relative
     * to a recording's start) rather than one waveform for every sample ({@code phases: shared}, the reference's and
     * the default).
     */
    static boolean perSamplePhases(String probe, Map<String, Object> config) {
        return perSample(probe, config, "phases", "shared", "one waveform for every sample, as the reference", "each sample its own phases");
    }

    /** A setting that is either {@code shared} (absent = shared) or "sample"; anything else is an error naming both. */
    private static boolean perSample(String probe, Map<String, Object> config, String key, String shared, String sharedMeans, String sampleMeans) {
        Object v = config == null ? null : config.get(key);
        if (v == null || shared.equals(v)) return false;
        if ("sample".equals(v)) return true;
        throw new IllegalArgumentException("probe_config." + probe + "." + key + " is '" + v + "'; use " + shared + " (" + sharedMeans
                + ") or sample (" + sampleMeans + ")");
    }

    /** A positive whole number under {@code key}, else the default. */
    static int count(String probe, Map<String, Object> config, String key, int fallback) {
        Object v = config == null ? null : config.get(key);
        if (v == null) return fallback;
        double d = number(probe, key, v);
        if (d < 1 || d != Math.rint(d) || d > MAX_COUNT)
            throw new IllegalArgumentException("probe_config." + probe + "." + key + " must be a whole number from 1 to " + MAX_COUNT + ", got: " + v);
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
