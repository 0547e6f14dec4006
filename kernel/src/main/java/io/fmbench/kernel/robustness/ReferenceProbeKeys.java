package io.fmbench.kernel.robustness;

import java.util.List;
import java.util.Map;

/**
 * The Python reference's own per-probe keys (spec section 7.3), written beside ours so that scripts reading its
 * eval.yaml keep working: its probe_type names, the SNR grids' unit, line noise's mains and sampling frequency, the
 * shift probe's {@code shifts}, {@code logit.sim_hist} and {@code acc_delta}, and {@code num_permutations}.
 */
final class ReferenceProbeKeys {

    /** The reference's mains frequencies when the suite gives none (the line noise probe's default). */
    static final List<Double> DEFAULT_MAINS_HZ = List.of(50.0, 60.0);

    private static final Map<String, String> PROBE_TYPES = Map.of("noise", "gaussian_noise", "shift", "temporal_shift",
            "expression", "expression_variability", "intensity", "intensity_shift", "contrast", "contrast_variation");

    private ReferenceProbeKeys() {}

    /** The reference's probe_type for a probe (its name for probes the reference does not have). */
    static String probeType(String probe) {
        return PROBE_TYPES.getOrDefault(probe, probe);
    }

    /** Keys that follow {@code grid} in a curve probe's block. */
    static void afterGrid(Map<String, Object> block, String probe, List<Double> grid, double samplingFreq, Map<String, Object> config) {
        if (probe.equals("noise") || probe.equals("line_noise")) block.put("grid_unit", "dB (SNR)");
        if (probe.equals("line_noise")) {
            block.put("mains_hz", config.get("mains") instanceof List<?> m ? m : DEFAULT_MAINS_HZ);
            block.put("sampling_freq", samplingFreq);
        }
        if (probe.equals("shift")) block.put("shifts", grid);
    }

    /** Keys that follow the curves: the shift probe's similarity list and accuracy deltas under the reference's names. */
    @SuppressWarnings("unchecked")
    static void afterCurves(Map<String, Object> block, String probe) {
        if (!probe.equals("shift")) return;
        for (String side : List.of("logit", "embedding"))
            if (block.get(side) instanceof Map<?, ?> curve) ((Map<String, Object>) curve).put("sim_hist", curve.get("mean"));
        if (block.containsKey("delta_accuracy")) block.put("acc_delta", block.get("delta_accuracy"));
    }
}
