package io.fmbench.plugin.datafmri;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.MemoryDataset;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.npy.NpyFile;
import io.fmbench.spi.table.DelimitedTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masked time-series reconstruction (BM-BRAIN-MAE) from a (subjects, regions, time) {@code .npy} array. Each subject's
 * regions are z-scored with the mean and standard deviation of its visible time points only (so nothing about the
 * hidden values leaks), then {@link TimeMask} hides a fraction of time points. A sample's input has shape
 * [2, regions, time]: channel 0 the series with hidden points set to 0, channel 1 the mask (1 = hidden). Its target
 * is the hidden values, region by region: target[r * m + j] = x[r, hidden[j]]. Card fields: {@code mask_fraction}
 * (default 0.15), {@code mask_block} (default 1), {@code mask_seed} (default 0), {@code layout} (regions_time default,
 * or time_regions), {@code subjects_file} (optional metadata table, row per subject).
 */
public final class ReconstructionLoader implements DatasetLoader {

    @Override
    public String format() {
        return "roi-reconstruction";
    }

    @Override
    public boolean accepts(DatasetSource source) {
        return source.card().containsKey("mask_fraction") && source.path().toString().endsWith(".npy");
    }

    @Override
    public Dataset load(DatasetSource source) throws DataException {
        CardFields card = new CardFields(source);
        DataUseNotices.record(source.datasetId(), source.card().get("data_use"));
        Path npy = source.path();
        if (!Files.isRegularFile(npy)) throw new DataException(npy + ": missing; 'path' must be the (subjects, regions, time) .npy file");
        double fraction = card.number("mask_fraction", 0.15);
        int block = (int) card.number("mask_block", 1);
        long seed = (long) card.number("mask_seed", 0);
        if (!(fraction > 0 && fraction < 1)) throw new DataException(card.where() + ": field 'mask_fraction' must be between 0 and 1, got " + fraction);
        if (block < 1) throw new DataException(card.where() + ": field 'mask_block' must be at least 1");
        boolean timeRegions = card.string("layout", "regions_time").equals("time_regions");
        List<Path> files = new ArrayList<>(List.of(npy));
        try (NpyFile f = NpyFile.open(npy)) {
            int[] s = f.header().intShape();
            if (s.length != 3) throw new DataException(npy + ": expected a 3-D array (subjects, regions, time), got shape " + java.util.Arrays.toString(s));
            int n = s[0], regions = timeRegions ? s[2] : s[1], time = timeRegions ? s[1] : s[2];
            if (time / block < 2) throw new DataException(npy + ": " + time + " time points are too few for mask blocks of " + block);
            int hidden = TimeMask.draw(time, fraction, block, seed, 0).length;
            float[] x = new float[n * 2 * regions * time];
            double[][] targets = new double[n][regions * hidden];
            for (int i = 0; i < n; i++) {
                float[] raw = f.readFloats((long) i * regions * time, regions * time);
                float[] series = timeRegions ? RoiNpyLoader.transpose(raw, time, regions) : raw;
                int[] mask = TimeMask.draw(time, fraction, block, seed, i);
                encode(series, regions, time, mask, x, i * 2 * regions * time, targets[i], npy, i);
            }
            SampleTable meta = SampleTable.empty();
            List<String> ids = new ArrayList<>();
            String subjectsFile = card.string("subjects_file", null);
            if (subjectsFile != null) {
                Path sf = npy.toAbsolutePath().getParent().resolve(subjectsFile);
                meta = DelimitedTable.read(sf);
                if (meta.size() != n) throw new DataException(sf + ": has " + meta.size() + " rows for " + n + " subjects");
                files.add(sf);
            }
            String idCol = card.string("id_column", null);
            for (int i = 0; i < n; i++) ids.add(idCol != null && meta.has(idCol) ? meta.column(idCol).get(i) : Integer.toString(i));
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("regions", regions);
            info.put("time_points", time);
            info.put("hidden_time_points", hidden);
            info.put("mask_fraction", fraction);
            info.put("mask_block", block);
            info.put("mask_seed", seed);
            return new MemoryDataset(source.datasetId(), x, new int[] {2, regions, time}, Targets.values(targets), meta, ids, info, Map.of(), files);
        }
    }

    /** z-scores each region on its visible points, writes the two input channels and the hidden targets. */
    private static void encode(float[] series, int regions, int time, int[] mask, float[] x, int base, double[] target, Path npy, int subject)
            throws DataException {
        boolean[] hidden = new boolean[time];
        for (int t : mask) hidden[t] = true;
        int visible = time - mask.length;
        for (int r = 0; r < regions; r++) {
            double mean = 0, ss = 0;
            for (int t = 0; t < time; t++) if (!hidden[t]) mean += series[r * time + t];
            mean /= visible;
            for (int t = 0; t < time; t++) if (!hidden[t]) ss += Math.pow(series[r * time + t] - mean, 2);
            double sd = Math.sqrt(ss / visible);
            if (!(sd > 0)) throw new DataException(npy + ": subject " + subject + ", region " + r + " is constant over its visible time points; it cannot be standardised");
            for (int t = 0; t < time; t++) {
                double z = (series[r * time + t] - mean) / sd;
                if (!Double.isFinite(z)) throw new DataException(npy + ": subject " + subject + " has a non-finite value at region " + r + ", time " + t);
                if (hidden[t]) x[base + regions * time + r * time + t] = 1f;
                else x[base + r * time + t] = (float) z;
            }
            for (int j = 0; j < mask.length; j++) target[r * mask.length + j] = (series[r * time + mask[j]] - mean) / sd;
        }
    }
}
