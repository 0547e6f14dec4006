package io.fmbench.spi;

import java.util.Map;

/**
 * What a robustness probe is told for one perturbation of one batch.
 *
 * @param seed         stream seed derived by the kernel from (run seed, probe name, grid point): draw only from it
 * @param firstSample  index in the dataset of the batch's first sample, so that per-sample draws do not depend on batching
 * @param samplingFreq sampling frequency in Hz for time series (from info.json or the command line), or NaN
 * @param config       the probe's block from the suite YAML ({@code probe_config.<name>}), possibly empty
 */
public record ProbeContext(long seed, long firstSample, double samplingFreq, Map<String, Object> config) {
    public ProbeContext {
        config = config == null ? Map.of() : Map.copyOf(config);
    }
}
