package io.fmbench.spi;

import java.util.List;
import java.util.Map;

/**
 * Extension point: a realistic perturbation applied at increasing strengths (the grid).
 * {@link #perturb} must not modify its input and must depend only on (input, level, context) so that results do not
 * depend on which probes ran before or how the data was batched.
 */
public interface RobustnessProbe {

    /** Name used by {@code --probes} and in output keys ({@code <name>_rAUC}). */
    String name();

    /** Whether the probe makes sense for samples of this shape (e.g. [channels, time] for time-series probes). */
    boolean appliesTo(int[] sampleShape);

    /** Grid points, from the probe's suite config when it gives one, else the defaults. */
    List<Double> grid(Map<String, Object> config);

    /** The level at which the data is unchanged (e.g. 0 for dropout, +inf SNR for noise), or NaN if there is none. */
    double cleanLevel();

    Tensor perturb(Tensor batch, double level, ProbeContext context);

    /**
     * The same perturbation written into {@code out} (exactly {@code batch.data().length} values, every one of them
     * overwritten), an array the caller owns and reuses, so that a run allocates no new array per batch and grid
     * point. The default copies {@link #perturb}'s result; probes that can write straight into {@code out} override it.
     */
    default void perturbInto(Tensor batch, double level, ProbeContext context, float[] out) {
        float[] p = perturb(batch, level, context).data();
        if (p.length != out.length) throw new IllegalArgumentException("perturbInto needs " + p.length + " values of room, got " + out.length);
        System.arraycopy(p, 0, out, 0, p.length);
    }
}
