package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.Tensor;
import java.util.List;

/** MRI intensity shift: one offset U(-r, r) * std(data) per grid point, added to every voxel (the reference's). */
public final class IntensityShiftProbe extends GridProbe {

    static final List<Double> GRID = List.of(0.0, 0.05, 0.1, 0.2, 0.3);

    public IntensityShiftProbe() {
        super("intensity", r -> r == 3, GRID, WarmingKernels.Kernel.AFFINE);
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        float[] src = batch.data(), out = new float[src.length];
        double u = Streams.shared(context.seed()).nextDouble() * 2 - 1;
        float shift = (float) (u * level * context.statsOr(batch).std());
        Streams.KERNELS.affine(src, 0, out, 0, src.length, 1f, shift);
        return new Tensor(batch.shape(), out);
    }
}
