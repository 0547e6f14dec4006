package io.fmbench.plugin.spikeartifact;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SignalStats;
import io.fmbench.spi.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Electrode-pop artifacts: at the given rate (spikes per channel per second) a channel jumps by {@code amplitude}
 * dataset standard deviations (random sign) and decays back exponentially with time constant {@code tau_ms}.
 * Written against the SPI only, as a third party would: the kernel finds it through META-INF/services.
 * Config ({@code probe_config.spike_artifact}): {@code rates} (default 0, 0.1, 0.5, 1, 2), {@code amplitude} (5),
 * {@code tau_ms} (20).
 */
public final class SpikeArtifactProbe implements RobustnessProbe {

    static final List<Double> RATES = List.of(0.0, 0.1, 0.5, 1.0, 2.0);

    @Override
    public String name() {
        return "spike_artifact";
    }

    @Override
    public boolean appliesTo(int[] sampleShape) {
        return sampleShape.length == 2;
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        Object v = config == null ? null : config.get("rates");
        if (v == null) return RATES;
        if (!(v instanceof List<?> list) || list.isEmpty())
            throw new IllegalArgumentException("probe_config.spike_artifact.rates must be a non-empty list of numbers, got: " + v);
        List<Double> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Number n) || n.doubleValue() < 0)
                throw new IllegalArgumentException("probe_config.spike_artifact.rates holds '" + o + "': give spikes per second >= 0");
            out.add(n.doubleValue());
        }
        return List.copyOf(out);
    }

    @Override
    public double cleanLevel() {
        return 0.0;
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        double fs = context.samplingFreq();
        if (!(fs > 0))
            throw new IllegalArgumentException("spike_artifact needs the sampling frequency: give --sampling-freq HZ or sampling_freq in info.json");
        double amplitude = number(context.config(), "amplitude", 5.0);
        double tau = number(context.config(), "tau_ms", 20.0) / 1000 * fs; // in samples
        int[] shape = batch.shape();
        int channels = shape[1], time = shape[2];
        SignalStats stats = context.statsOr(batch);
        double height = amplitude * stats.std();
        double pPerSample = Math.min(1, level / fs);
        float[] out = batch.data().clone();
        for (int n = 0; n < batch.samples(); n++) {
            // one stream per sample, keyed by its index in the dataset: batching does not change the artifacts
            SplittableRandom rng = new SplittableRandom(context.seed() * 0x9E3779B97F4A7C15L + context.firstSample() + n);
            for (int c = 0; c < channels; c++) {
                int row = (n * channels + c) * time;
                double jump = 0, decay = Math.exp(-1 / tau);
                for (int t = 0; t < time; t++) {
                    jump *= decay;
                    if (rng.nextDouble() < pPerSample) jump += rng.nextBoolean() ? height : -height;
                    out[row + t] += (float) jump;
                }
            }
        }
        return new Tensor(shape, out);
    }

    private static double number(Map<String, Object> config, String key, double fallback) {
        Object v = config.get(key);
        if (v == null) return fallback;
        if (v instanceof Number n && n.doubleValue() > 0) return n.doubleValue();
        throw new IllegalArgumentException("probe_config.spike_artifact." + key + " must be a positive number, got: " + v);
    }
}
