package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Channel permutation: one random permutation of the channels per grid point, the same for every sample. The grid is
 * 0..num_perms-1 (repeated draws, not a strength), hence no clean level: the kernel reports the mean and spread of
 * the similarity over the draws (the reference's perm_equivariance) instead of a curve.
 */
public final class PermutationProbe implements RobustnessProbe {

    static final int NUM_PERMS = 10;

    /** What a permutation depends on. */
    private record PermKey(long seed, int channels) {}

    /**
     * Permutations already drawn: every batch at a grid point uses the same one; drawing it anew per batch was work
     * enough for the JIT to compile the shuffle twice.
     */
    private final Memo<PermKey, int[]> perms = new Memo<>(32, k -> permutation(k.seed(), k.channels()));

    @Override
    public String name() {
        return "permutation";
    }

    @Override
    public boolean appliesTo(int[] sampleShape) {
        return sampleShape.length >= 1;
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        ProbeConfig.onlyKeys(name(), config, "num_perms");
        return ProbeConfig.indices(ProbeConfig.count(name(), config, "num_perms", NUM_PERMS));
    }

    @Override
    public double cleanLevel() {
        return Double.NaN;
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        return Streams.perturbed(this, batch, level, context);
    }

    @Override
    public void perturbInto(Tensor batch, double level, ProbeContext context, float[] out) {
        int rows = batch.shape()[1], per = batch.sampleSize(), rowLen = rows == 0 ? 0 : per / rows;
        int[] perm = perms.get(new PermKey(context.seed(), rows));
        float[] src = batch.data();
        for (int n = 0; n < batch.samples(); n++) Streams.KERNELS.permuteRows(src, n * per, out, n * per, rowLen, perm);
    }

    /** Fisher-Yates shuffle of 0..d-1 from the grid point's stream. */
    static int[] permutation(long seed, int d) {
        var rng = Streams.shared(seed);
        int[] p = new int[d];
        for (int i = 0; i < d; i++) p[i] = i;
        for (int i = d - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
