package io.fmbench.plugin.probes;

import io.fmbench.spi.RobustnessProbe;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * What most probes share: a name, which sample ranks they apply to, a grid read from {@code probe_config.<name>.grid}
 * (else the reference's default), and an unperturbed level of 0. Subclasses only say how to perturb.
 */
abstract class GridProbe implements RobustnessProbe {

    private final String name;
    private final IntPredicate rank;
    private final List<Double> defaultGrid;
    private final WarmingKernels.Kernel kernel;

    GridProbe(String name, IntPredicate rank, List<Double> defaultGrid) {
        this(name, rank, defaultGrid, null);
    }

    /** @param kernel the vector kernel the probe perturbs with, compiled in the background once a run asks for the grid */
    GridProbe(String name, IntPredicate rank, List<Double> defaultGrid, WarmingKernels.Kernel kernel) {
        this.name = name;
        this.rank = rank;
        this.defaultGrid = defaultGrid;
        this.kernel = kernel;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean appliesTo(int[] sampleShape) {
        return rank.test(sampleShape.length);
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        if (kernel != null) Streams.warmUp(kernel);
        return ProbeConfig.numbers(name, config, "grid", defaultGrid);
    }

    @Override
    public final double cleanLevel() {
        return 0.0;
    }
}
