package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.Tensor;
import java.util.List;

/** Log-normal multiplicative expression noise: x * exp(N(0, scale)) per value; scale 0 leaves the data unchanged. */
public final class ExpressionNoiseProbe extends GridProbe {

    static final List<Double> GRID = List.of(0.0, 0.05, 0.1, 0.2, 0.3, 0.5);

    public ExpressionNoiseProbe() {
        super("expression", r -> r == 1, GRID, WarmingKernels.Kernel.NOISE, 0, Double.MAX_VALUE);
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        float[] src = batch.data();
        if (level == 0) return new Tensor(batch.shape(), src.clone());
        float[] out = new float[src.length]; // zeros: the kernel adds scale * N to them, giving the log-factors
        Streams.KERNELS.addGaussian(out, 0, out, 0, out.length, context.seed(), context.firstSample() * batch.sampleSize(), (float) level);
        for (int i = 0; i < out.length; i++) out[i] = src[i] * (float) Math.exp(out[i]);
        return new Tensor(batch.shape(), out);
    }
}
