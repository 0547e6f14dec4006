package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.Tensor;
import java.util.List;

/**
 * Channel dropout: each channel (index along the sample's first axis: EEG channel, gene, volume slice) of each sample
 * is zeroed with probability p. The reference draws k ~ Binomial(D, p) then k distinct channels, which gives every
 * set of channels the same probability as independent Bernoulli(p) draws, so we draw those.
 */
public final class DropoutProbe extends GridProbe {

    static final List<Double> GRID = List.of(0.0, 0.05, 0.1, 0.2, 0.3, 0.5);

    public DropoutProbe() {
        super("dropout", r -> r >= 1, GRID, null, 0, 1);
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        return Streams.perturbed(this, batch, level, context);
    }

    @Override
    public void perturbInto(Tensor batch, double level, ProbeContext context, float[] out) {
        double p = Math.min(1, Math.max(0, level));
        int per = batch.sampleSize(), rows = batch.shape()[1], rowLen = rows == 0 ? 0 : per / rows;
        float[] src = batch.data();
        boolean[] drop = new boolean[rows];
        for (int n = 0; n < batch.samples(); n++) {
            var rng = Streams.forSample(context.seed(), context.firstSample() + n);
            for (int c = 0; c < rows; c++) drop[c] = rng.nextDouble() < p;
            Streams.KERNELS.dropRows(src, n * per, out, n * per, rowLen, drop);
        }
    }
}
