package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.Tensor;
import java.util.List;

/** Expression/tabular masking: every value is set to 0 with probability p, independently (the reference's masking). */
public final class FeatureMaskingProbe extends GridProbe {

    static final List<Double> GRID = List.of(0.0, 0.05, 0.1, 0.15, 0.2, 0.3);

    public FeatureMaskingProbe() {
        super("masking", r -> r == 1, GRID, WarmingKernels.Kernel.MASK, 0, 1);
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        float[] src = batch.data(), out = new float[src.length];
        Streams.KERNELS.maskElements(src, 0, out, 0, src.length, context.seed(), context.firstSample() * batch.sampleSize(), (float) level);
        return new Tensor(batch.shape(), out);
    }
}
