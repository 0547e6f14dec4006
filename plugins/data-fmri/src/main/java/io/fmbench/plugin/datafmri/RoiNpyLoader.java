package io.fmbench.plugin.datafmri;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.npy.NpyFile;
import io.fmbench.spi.table.DelimitedTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ROI time series as {@code .npy} arrays (subjects, time, regions) with a label table per array, row for row; several
 * acquisition sites are concatenated and get a {@code site} metadata column. Card fields: {@code sites} (list; each
 * site's files come from {@code timeseries_file} / {@code labels_file} patterns with {@code {site}}, defaults
 * {@code {site}_roi_timeseries.npy} / {@code {site}_labels.csv}); without sites, {@code path} is the .npy file and
 * {@code labels_file} its table. {@code layout: regions_time} for (subjects, regions, time) arrays. Zero-padded tails
 * are trimmed per subject. Then {@link Subjects} turns the series into features.
 */
public final class RoiNpyLoader implements DatasetLoader {

    @Override
    public String format() {
        return "roi-npy";
    }

    @Override
    public boolean accepts(DatasetSource source) {
        return source.path().getFileName() != null && source.path().getFileName().toString().endsWith(".npy") && source.card().containsKey("labels_file");
    }

    @Override
    public Dataset load(DatasetSource source) throws DataException {
        CardFields card = new CardFields(source);
        DataUseNotices.record(source.datasetId(), source.card().get("data_use"));
        Subjects subjects = new Subjects();
        List<String> sites = card.list("sites");
        if (sites.isEmpty()) {
            String labels = card.string("labels_file", null);
            if (labels == null) throw new DataException(card.where() + ": give 'labels_file' (the label table of " + source.path().getFileName() + ") or a 'sites' list");
            readSite(source.path(), source.path().toAbsolutePath().getParent().resolve(labels), null, card, subjects);
        } else {
            if (!Files.isDirectory(source.path())) throw new DataException(source.path() + ": with 'sites', 'path' must be the folder holding the site files");
            for (String site : sites) {
                Path ts = source.path().resolve(card.string("timeseries_file", "{site}_roi_timeseries.npy").replace("{site}", site));
                Path lb = source.path().resolve(card.string("labels_file", "{site}_labels.csv").replace("{site}", site));
                readSite(ts, lb, site, card, subjects);
            }
        }
        return subjects.build(source.datasetId(), card);
    }

    private static void readSite(Path npy, Path labels, String site, CardFields card, Subjects into) throws DataException {
        for (Path f : List.of(npy, labels)) if (!Files.isRegularFile(f)) throw new DataException(f + ": missing (" + card.where() + ")");
        boolean regionsTime = card.string("layout", "time_regions").equals("regions_time");
        SampleTable table = DelimitedTable.read(labels);
        try (NpyFile f = NpyFile.open(npy)) {
            int[] shape = f.header().intShape();
            if (shape.length != 3) throw new DataException(npy + ": expected a 3-D array (subjects, time, regions), got shape " + java.util.Arrays.toString(shape));
            int n = shape[0], time = regionsTime ? shape[2] : shape[1], regions = regionsTime ? shape[1] : shape[2];
            if (table.size() != n) throw new DataException(labels + ": has " + table.size() + " rows but " + npy.getFileName() + " has " + n + " subjects; rows must match");
            List<String> columns = new ArrayList<>(table.columns());
            if (site != null) columns.add("site");
            int per = time * regions;
            for (int i = 0; i < n; i++) {
                float[] raw = f.readFloats((long) i * per, per);
                for (float v : raw) if (!Float.isFinite(v)) throw new DataException(npy + ": subject " + i + " contains " + v + "; clean the data first");
                float[] series = regionsTime ? transpose(raw, regions, time) : raw;
                List<String> row = new ArrayList<>(table.rows().get(i));
                if (site != null) row.add(site);
                into.add(series, TimeSeries.realLength(series, time, regions), regions, columns, row, npy.toString());
            }
        }
        into.files.add(npy);
        into.files.add(labels);
    }

    /** (regions, time) to (time, regions). */
    static float[] transpose(float[] x, int rows, int cols) {
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) out[c * rows + r] = x[r * cols + c];
        return out;
    }
}
