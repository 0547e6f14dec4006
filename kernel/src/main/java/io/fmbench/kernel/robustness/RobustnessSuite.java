package io.fmbench.kernel.robustness;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.SuiteDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a robustness suite's blocks (the reference writes them but never reads them): {@code probes},
 * {@code probe_config.<probe>}, {@code thresholds} and {@code inputs.sampling_freq.default}.
 */
public final class RobustnessSuite {

    private RobustnessSuite() {}

    public static RobustnessRequest.Suite of(SuiteDef suite) throws FmbenchException {
        Map<String, Object> raw = suite.raw();
        Map<String, Map<String, Object>> probeConfig = new LinkedHashMap<>();
        Object pc = raw.get("probe_config");
        if (pc != null) {
            if (!(pc instanceof Map<?, ?> m)) throw new FmbenchException(suite.file() + ": field 'probe_config' must map probe names to their settings");
            for (var e : m.entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?> c))
                    throw new FmbenchException(suite.file() + ": field 'probe_config." + e.getKey() + "' must be a block of settings (e.g. grid: [...])");
                Map<String, Object> copy = new LinkedHashMap<>();
                c.forEach((k, v) -> copy.put(String.valueOf(k), v));
                probeConfig.put(String.valueOf(e.getKey()), copy);
            }
        }
        Double fs = null;
        if (raw.get("inputs") instanceof Map<?, ?> inputs && inputs.get("sampling_freq") instanceof Map<?, ?> sf && sf.get("default") != null) {
            if (!(sf.get("default") instanceof Number n) || !(n.doubleValue() > 0))
                throw new FmbenchException(suite.file() + ": field 'inputs.sampling_freq.default' must be a positive number of Hz");
            fs = n.doubleValue();
        }
        return new RobustnessRequest.Suite(suite.id(), suite.file(), probeConfig, raw.get("thresholds"), fs);
    }

    /** The suite's probe names, or null when it lists none (the modality's defaults apply). */
    public static List<String> probes(SuiteDef suite) throws FmbenchException {
        Object p = suite.raw().get("probes");
        if (p == null) return null;
        if (!(p instanceof List<?> l)) throw new FmbenchException(suite.file() + ": field 'probes' must be a list of probe names");
        List<String> names = new ArrayList<>();
        for (Object o : l) names.add(String.valueOf(o).strip());
        return names;
    }
}
