package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MRI contrast change: s ~ U(1 - w, 1 + w) per grid point, (x - mean) * s + mean with the dataset mean. The reference
 * writes its grid as ranges (1.0,1.0), (0.9,1.1), ...; the level here is the half-width w (0, .1, .2, .3, .5), and a
 * config {@code grid} may give either half-widths or symmetric [lo, hi] pairs.
 */
public final class ContrastProbe extends GridProbe {

    static final List<Double> GRID = List.of(0.0, 0.1, 0.2, 0.3, 0.5);

    public ContrastProbe() {
        super("contrast", r -> r == 3, GRID, WarmingKernels.Kernel.AFFINE);
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        ProbeConfig.onlyKeys(name(), config, "grid");
        Object v = config == null ? null : config.get("grid");
        if (!(v instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof List<?>))
            return ProbeConfig.numbers(name(), config, "grid", GRID);
        List<Double> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof List<?> pair) || pair.size() != 2)
                throw new IllegalArgumentException("probe_config.contrast.grid entries must be [lo, hi] pairs, got: " + o);
            double lo = ProbeConfig.number(name(), "grid", pair.get(0)), hi = ProbeConfig.number(name(), "grid", pair.get(1));
            if (Math.abs((lo + hi) / 2 - 1) > 1e-9 || hi < lo)
                throw new IllegalArgumentException("probe_config.contrast.grid pair " + o + " must be symmetric about 1 (e.g. [0.9, 1.1])");
            out.add(Math.round((hi - lo) / 2 * 1e12) / 1e12); // 1.1 - 0.9 is not 0.2 in binary
        }
        return List.copyOf(out);
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        float[] src = batch.data(), out = new float[src.length];
        double s = 1 + (Streams.shared(context.seed()).nextDouble() * 2 - 1) * level;
        double mean = context.statsOr(batch).mean();
        Streams.KERNELS.affine(src, 0, out, 0, src.length, (float) s, (float) (mean * (1 - s)));
        return new Tensor(batch.shape(), out);
    }
}
