package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.Tensor;
import java.util.List;
import java.util.Map;

/** Circular shift along time (the last axis) by a number of samples, positive = later (numpy roll). No randomness. */
public final class TemporalShiftProbe implements RobustnessProbe {

    static final List<Double> GRID = List.of(0.0, 10.0, 20.0, 40.0, 80.0);

    @Override
    public String name() {
        return "shift";
    }

    @Override
    public boolean appliesTo(int[] sampleShape) {
        return sampleShape.length == 2;
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        ProbeConfig.onlyKeys(name(), config, "shifts");
        List<Double> g = ProbeConfig.grid(name(), config, "shifts", GRID, 0, Integer.MAX_VALUE);
        for (double s : g)
            if (s != Math.rint(s)) throw new IllegalArgumentException("probe_config.shift.shifts must be whole numbers of samples, got " + s);
        return g;
    }

    @Override
    public double cleanLevel() {
        return 0.0;
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        return Streams.perturbed(this, batch, level, context);
    }

    @Override
    public void perturbInto(Tensor batch, double level, ProbeContext context, float[] out) {
        int[] shape = batch.shape();
        int time = shape[shape.length - 1];
        float[] src = batch.data();
        int shift = (int) Math.round(level);
        for (int r = 0; time > 0 && r < src.length / time; r++) Streams.KERNELS.rollRow(src, r * time, out, r * time, time, shift);
    }
}
