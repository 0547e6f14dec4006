package io.fmbench.plugin.datafmri;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import java.util.Map;
import java.util.Set;

/**
 * Baselines for masked reconstruction ({@code type: reconstruction_baseline}, {@code name: region_mean |
 * linear_interpolation}). They read the [2, regions, time] input of {@link ReconstructionLoader} and predict each
 * hidden value from the same region's visible ones: its mean, or the straight line between the nearest visible
 * neighbours in time (the nearest visible value at either end). Nothing is trained.
 */
public final class ReconstructionBaselineFactory implements ModelAdapterFactory {

    @Override
    public String type() {
        return "reconstruction_baseline";
    }

    @Override
    public Model create(ModelConfig config, ModelContext context) throws ModelException {
        if (context.task() != Task.REGRESSION) throw new ModelException("reconstruction baselines need a reconstruction benchmark, not " + context.task());
        String name = config.string("name", "");
        boolean interpolate = switch (name) {
            case "region_mean" -> false;
            case "linear_interpolation" -> true;
            default -> throw new ModelException("field 'name' is '" + name + "'; use region_mean or linear_interpolation");
        };
        return new Model() {
            @Override
            public Set<Output> outputs() {
                return Set.of(Output.VALUES);
            }

            @Override
            public Predictions predict(Batch batch) throws ModelException {
                return Predictions.ofValues(ReconstructionBaselineFactory.predict(batch.inputs(), interpolate));
            }

            @Override
            public Map<String, Object> provenance() {
                return Map.of("baseline", name);
            }
        };
    }

    static double[][] predict(Tensor in, boolean interpolate) throws ModelException {
        if (in == null || in.rank() != 4 || in.dim(1) != 2)
            throw new ModelException("expected inputs of shape [n, 2, regions, time] (values, mask) from a roi-reconstruction dataset");
        int n = in.dim(0), regions = in.dim(2), time = in.dim(3);
        float[] d = in.data();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            int base = i * 2 * regions * time, maskBase = base + regions * time;
            int hidden = 0;
            for (int t = 0; t < time; t++) if (d[maskBase + t] != 0f) hidden++;
            out[i] = new double[regions * hidden];
            for (int r = 0; r < regions; r++) {
                int row = base + r * time, mrow = maskBase + r * time;
                double mean = 0;
                int visible = 0;
                for (int t = 0; t < time; t++) if (d[mrow + t] == 0f) { mean += d[row + t]; visible++; }
                mean = visible == 0 ? 0 : mean / visible;
                int j = 0, prev = -1;
                for (int t = 0; t < time; t++) {
                    if (d[mrow + t] == 0f) { prev = t; continue; }
                    if (!interpolate) { out[i][r * hidden + j++] = mean; continue; }
                    int next = t + 1;
                    while (next < time && d[mrow + next] != 0f) next++;
                    double v;
                    if (prev < 0 && next >= time) v = mean;
                    else if (prev < 0) v = d[row + next];
                    else if (next >= time) v = d[row + prev];
                    else v = d[row + prev] + (d[row + next] - d[row + prev]) * (t - prev) / (double) (next - prev);
                    out[i][r * hidden + j++] = v;
                }
            }
        }
        return out;
    }
}
