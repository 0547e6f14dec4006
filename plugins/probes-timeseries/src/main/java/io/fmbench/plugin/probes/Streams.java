package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.Tensor;
import java.util.SplittableRandom;

/** Small random streams derived from the probe's seed, so that each draw is tied to what it perturbs, not to order. */
final class Streams {

    /** The kernels every probe of this plugin uses, chosen once. */
    static final PerturbationKernels KERNELS = WarmingKernels.of(PerturbationKernels.best());

    private Streams() {}

    /** {@link RobustnessProbe#perturb} for probes that write into a given array: a new array, filled by perturbInto. */
    static Tensor perturbed(RobustnessProbe probe, Tensor batch, double level, ProbeContext context) {
        float[] out = new float[batch.data().length];
        probe.perturbInto(batch, level, context, out);
        return new Tensor(batch.shape(), out);
    }

    /** Draws that belong to one sample (its dropped channels), the same whatever batch the sample is in. */
    static SplittableRandom forSample(long seed, long sampleIndex) {
        return new SplittableRandom(CounterRng.mix64(seed ^ CounterRng.mix64(sampleIndex + 0x632BE59BD9B4E019L)));
    }

    /** Draws shared by the whole grid point (a permutation, line-noise phases, one intensity shift). */
    static SplittableRandom shared(long seed) {
        return new SplittableRandom(CounterRng.mix64(seed));
    }

    /** The reference's SNR to noise standard deviation: sqrt(max(P / 10^(snr/10), 1e-12)), P floored at 1e-12. */
    static float sigmaForSnr(double power, double snrDb) {
        double p = Math.max(power, 1e-12);
        return (float) Math.sqrt(Math.max(p / Math.pow(10, snrDb / 10), 1e-12));
    }
}
