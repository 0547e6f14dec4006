package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.Tensor;
import java.util.List;
import java.util.Map;

/** Expression/tabular masking: every value is set to 0 with probability p, independently (the reference's masking). */
public final class FeatureMaskingProbe implements RobustnessProbe {

    static final List<Double> GRID = List.of(0.0, 0.05, 0.1, 0.15, 0.2, 0.3);

    @Override
    public String name() {
        return "masking";
    }

    @Override
    public boolean appliesTo(int[] sampleShape) {
        return sampleShape.length == 1;
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        return ProbeConfig.numbers(name(), config, "grid", GRID);
    }

    @Override
    public double cleanLevel() {
        return 0.0;
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        float[] src = batch.data(), out = new float[src.length];
        Streams.KERNELS.maskElements(src, 0, out, 0, src.length, context.seed(), context.firstSample() * batch.sampleSize(), (float) level);
        return new Tensor(batch.shape(), out);
    }
}
