package io.fmbench.kernel.robustness;

import io.fmbench.kernel.FmbenchException;
import java.util.Map;

/** The sampling frequency of a time-series run and where it came from. */
record SamplingFreq(double hz, String source) {

    /** The reference's default when nothing says otherwise. */
    static final double DEFAULT_HZ = 200;

    /** The flag, else the data's info.json, else the suite's default, else 200 Hz (the caller prints a note). */
    static SamplingFreq resolve(Double flag, Map<String, Object> info, Double suiteDefault, String infoFile) throws FmbenchException {
        if (flag != null) return new SamplingFreq(flag, "--sampling-freq");
        Object v = info.get("sampling_freq");
        if (v != null) {
            if (!(v instanceof Number n) || !(n.doubleValue() > 0 && Double.isFinite(n.doubleValue())))
                throw new FmbenchException(infoFile + ": field 'sampling_freq' is '" + v + "'; it must be a positive number of Hz");
            return new SamplingFreq(n.doubleValue(), "info.json");
        }
        if (suiteDefault != null) return new SamplingFreq(suiteDefault, "suite");
        return new SamplingFreq(DEFAULT_HZ, "default");
    }

    /** For YAML: 200 rather than 200.0, as the reference writes it. */
    Object yamlValue() {
        return hz == Math.rint(hz) && Math.abs(hz) < 1e15 ? (Object) (long) hz : (Object) hz;
    }
}
