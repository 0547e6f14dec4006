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
        if (probe.equals("noise") || probe.equals("line_noise")) {
            block.put("grid_unit", "dB (SNR)");
            // ours: what the SNR is measured against (probe_config power; the reference has only the dataset's)
            block.put("snr_power", "sample".equals(config.get("power")) ? "sample" : "dataset");
        }
        if (probe.equals("line_noise")) {
            block.put("mains_hz", config.get("mains") instanceof List<?> m ? m : DEFAULT_MAINS_HZ);
            block.put("phases", "sample".equals(config.get("phases")) ? "sample" : "shared"); // ours
            block.put("sampling_freq", samplingFreq);
        }
        if (probe.equals("shift")) block.put("shifts", grid);
    }

    /**
     * For line noise: a note when a mains frequency is at or above the Nyquist frequency (half the sampling
     * frequency). Sampled without an anti-aliasing filter such a tone folds down to |f - k fs|, so the probe adds that
     * lower tone, not mains hum as a recording at this rate would show it; null when every mains frequency is below.
     */
    static String aliasingNote(String probe, double samplingFreq, Map<String, Object> config) {
        if (!probe.equals("line_noise") || !(samplingFreq > 0)) return null;
        List<String> folded = new java.util.ArrayList<>();
        for (Object m : config.get("mains") instanceof List<?> l ? l : DEFAULT_MAINS_HZ) {
            if (!(m instanceof Number n) || n.doubleValue() < samplingFreq / 2) continue;
            double f = n.doubleValue(), alias = Math.abs(f - samplingFreq * Math.rint(f / samplingFreq));
            folded.add(alias == f ? hz(f) + " Hz is the Nyquist frequency itself" : hz(f) + " Hz appears at " + hz(alias) + " Hz");
        }
        if (folded.isEmpty()) return null;
        return "line_noise: the sampling frequency " + hz(samplingFreq) + " Hz is below twice the mains frequency, so the added tone is aliased ("
                + String.join(", ", folded) + "); its curve measures that tone, not mains hum as seen at this rate";
    }

    /** 60.0 as "60", 62.5 as "62.5". */
    private static String hz(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
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
