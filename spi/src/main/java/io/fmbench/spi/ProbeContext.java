package io.fmbench.spi;

import java.util.Map;

/**
 * What a robustness probe is told for one perturbation of one batch.
 *
 * @param seed         stream seed derived by the kernel from (run seed, probe name, grid point): draw only from it
 * @param firstSample  index in the dataset of the batch's first sample, so that per-sample draws do not depend on batching
 * @param samplingFreq sampling frequency in Hz for time series (from info.json or the command line), or NaN
 * @param config       the probe's block from the suite YAML ({@code probe_config.<name>}), possibly empty
 * @param stats        moments of the whole dataset (SPI 1.1), or null when the caller did not compute them; probes
 *                     then fall back to the moments of the batch they are given
 */
public record ProbeContext(long seed, long firstSample, double samplingFreq, Map<String, Object> config, SignalStats stats) {
    public ProbeContext {
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    /** The SPI 1.0 form, without dataset moments. */
    public ProbeContext(long seed, long firstSample, double samplingFreq, Map<String, Object> config) {
        this(seed, firstSample, samplingFreq, config, null);
    }

    /** The dataset moments, or those of {@code batch} when the kernel gave none. */
    public SignalStats statsOr(Tensor batch) {
        return stats != null ? stats : SignalStats.of(batch.data());
    }
}
