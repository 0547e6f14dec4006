package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SignalStats;
import io.fmbench.spi.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Additive white Gaussian noise at an SNR in dB relative to the whole dataset's power (the reference's definition), or
 * to each sample's own power with {@code power: sample}.
 */
public final class GaussianNoiseProbe implements RobustnessProbe {

    static final List<Double> GRID = List.of(40.0, 30.0, 20.0, 10.0, 5.0, 0.0);

    @Override
    public String name() {
        return "noise";
    }

    @Override
    public boolean appliesTo(int[] sampleShape) {
        return true;
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        ProbeConfig.onlyKeys(name(), config, "snr_grid", "power");
        ProbeConfig.perSamplePower(name(), config);
        List<Double> grid = ProbeConfig.grid(name(), config, "snr_grid", GRID, -Double.MAX_VALUE, Double.MAX_VALUE);
        KernelWarmUp.start(WarmingKernels.Kernel.NOISE);
        return grid;
    }

    @Override
    public double cleanLevel() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        return Streams.perturbed(this, batch, level, context);
    }

    @Override
    public void perturbInto(Tensor batch, double level, ProbeContext context, float[] out) {
        float[] src = batch.data();
        long first = context.firstSample() * batch.sampleSize();
        if (!ProbeConfig.perSamplePower(name(), context.config())) {
            float sigma = Streams.sigmaForSnr(context.statsOr(batch).power(), level);
            Streams.KERNELS.addGaussian(src, 0, out, 0, src.length, context.seed(), first, sigma);
            return;
        }
        // the same normals as above (keyed by element index), each sample's scaled by its own sigma
        int per = batch.sampleSize();
        for (int n = 0; n < batch.samples(); n++) {
            float sigma = Streams.sigmaForSnr(SignalStats.of(src, n * per, (n + 1) * per).power(), level);
            Streams.KERNELS.addGaussian(src, n * per, out, n * per, per, context.seed(), first + (long) n * per, sigma);
        }
    }
}
