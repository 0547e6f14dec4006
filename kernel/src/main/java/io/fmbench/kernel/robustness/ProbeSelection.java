package io.fmbench.kernel.robustness;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.RobustnessProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which installed probes a run uses: the names asked for (trimmed, so "dropout, noise" works, unlike the reference),
 * else the modality's default list (reference section 7.1). An unknown name is an error that lists the known ones.
 */
public final class ProbeSelection {

    /** The reference's MODALITY_PROBES, keyed by the modality name {@link Aggregates#modality} gives. */
    static final Map<String, List<String>> MODALITY_DEFAULTS = Map.of(
            "genomics", List.of("dropout", "noise", "permutation", "masking", "expression"),
            "timeseries", List.of("dropout", "noise", "line_noise", "permutation", "shift"),
            "volumetric", List.of("dropout", "noise", "permutation", "intensity", "contrast"),
            "unknown", List.of("dropout", "noise", "permutation"));

    private ProbeSelection() {}

    /** Splits a comma-separated --probes value; blank entries are dropped. */
    public static List<String> parse(String list) {
        List<String> names = new ArrayList<>();
        for (String s : list.split(",")) if (!s.isBlank()) names.add(s.strip());
        return names;
    }

    public static List<String> defaults(int[] sampleShape) {
        return MODALITY_DEFAULTS.get(Aggregates.modality(sampleShape));
    }

    /**
     * @param requested names in run order, or null for the modality's defaults
     * @param where     what to name in the error (e.g. "--probes" or "suite.yaml: field 'probes'")
     * @param exitCode  2 for a command-line mistake, 1 for a file's
     */
    public static List<RobustnessProbe> select(List<String> requested, int[] sampleShape, List<RobustnessProbe> installed,
                                               String where, int exitCode) throws FmbenchException {
        Map<String, RobustnessProbe> byName = new LinkedHashMap<>();
        for (RobustnessProbe p : installed) byName.putIfAbsent(p.name(), p);
        List<String> names = requested != null ? requested : defaults(sampleShape);
        if (names.isEmpty()) throw new FmbenchException(where + ": no probe named; give at least one of: " + known(byName), exitCode);
        List<RobustnessProbe> out = new ArrayList<>();
        for (String n : names) {
            RobustnessProbe p = byName.get(n);
            if (p == null)
                throw new FmbenchException(where + ": unknown probe '" + n + "'; known probes: " + known(byName)
                        + " (a probe from another plugin needs that plugin installed, see fmbench list-plugins)", exitCode);
            if (!p.appliesTo(sampleShape))
                throw new FmbenchException(where + ": probe '" + n + "' does not apply to samples of shape " + java.util.Arrays.toString(sampleShape)
                        + "; probes for such data: " + String.join(", ", byName.values().stream().filter(q -> q.appliesTo(sampleShape))
                        .map(RobustnessProbe::name).sorted().toList()), exitCode);
            if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    private static String known(Map<String, RobustnessProbe> byName) {
        return String.join(", ", new TreeSet<>(byName.keySet()));
    }
}
