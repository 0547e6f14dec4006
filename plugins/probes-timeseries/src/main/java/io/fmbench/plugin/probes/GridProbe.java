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
    private final double min, max;

    GridProbe(String name, IntPredicate rank, List<Double> defaultGrid) {
        this(name, rank, defaultGrid, null);
    }

    GridProbe(String name, IntPredicate rank, List<Double> defaultGrid, WarmingKernels.Kernel kernel) {
        this(name, rank, defaultGrid, kernel, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /**
     * @param kernel   the vector kernel the probe perturbs with, compiled in the background once a run asks for the grid
     * @param min, max the range of a grid level (e.g. [0, 1] for a probability)
     */
    GridProbe(String name, IntPredicate rank, List<Double> defaultGrid, WarmingKernels.Kernel kernel, double min, double max) {
        this.name = name;
        this.rank = rank;
        this.defaultGrid = defaultGrid;
        this.kernel = kernel;
        this.min = min;
        this.max = max;
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
        ProbeConfig.onlyKeys(name, config, "grid");
        List<Double> grid = ProbeConfig.grid(name, config, "grid", defaultGrid, min, max);
        if (kernel != null) KernelWarmUp.start(kernel);
        return grid;
    }

    @Override
    public final double cleanLevel() {
        return 0.0;
    }
}
