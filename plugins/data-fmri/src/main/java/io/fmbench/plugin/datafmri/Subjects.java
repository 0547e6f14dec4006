package io.fmbench.plugin.datafmri;

import io.fmbench.spi.DataException;
import io.fmbench.spi.MemoryDataset;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.table.ClassColumn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-subject ROI time series (time-major, real length) with their label rows, gathered from one or more files or
 * sites, and turned into features: connectivity (default) or the raw series, regions by time, padded to the longest
 * real length.
 */
final class Subjects {

    record Subject(float[] series, int length, List<String> row) {}

    final List<Subject> subjects = new ArrayList<>();
    final List<Path> files = new ArrayList<>();
    List<String> columns;
    int regions = -1;

    void add(float[] series, int length, int regions, List<String> columns, List<String> row, String where) throws DataException {
        if (this.regions >= 0 && this.regions != regions)
            throw new DataException(where + ": has " + regions + " regions but earlier files have " + this.regions + "; use one atlas for all sites");
        if (this.columns != null && !this.columns.equals(columns))
            throw new DataException(where + ": columns " + columns + " differ from earlier files' " + this.columns + "; give every site the same label table");
        this.regions = regions;
        this.columns = columns;
        subjects.add(new Subject(series, length, row));
    }

    MemoryDataset build(String datasetId, CardFields card) throws DataException {
        if (subjects.isEmpty()) throw new DataException(card.where() + ": no subjects found");
        Map<String, String> rename = card.map("rename_columns");
        List<String> cols = new ArrayList<>();
        for (String c : columns) cols.add(rename.getOrDefault(c, c));
        List<List<String>> rows = subjects.stream().map(Subject::row).toList();
        SampleTable meta = new SampleTable(cols, rows);
        String labelCol = card.string("label_column", "label");
        if (!meta.has(labelCol)) throw new DataException(card.where() + ": label_column '" + labelCol + "' is not a column of the label tables (" + cols + ")");
        Targets targets = targets(meta.column(labelCol), card.map("label_map"), card);
        String idCol = card.string("id_column", null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) ids.add(idCol != null && meta.has(idCol) ? meta.column(idCol).get(i) : Integer.toString(i));
        if (new java.util.HashSet<>(ids).size() != ids.size()) throw new DataException(card.where() + ": subject ids in '" + idCol + "' are not unique");

        String features = card.string("features", "connectivity");
        boolean fisher = card.flag("fisher_z", true);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("features", features);
        info.put("regions", regions);
        float[] x;
        int[] shape;
        int n = subjects.size();
        if (features.equals("connectivity")) {
            int w = regions * (regions - 1) / 2;
            x = new float[n * w];
            for (int i = 0; i < n; i++) {
                Subject s = subjects.get(i);
                if (s.length < 3) throw new DataException(card.where() + ": subject " + ids.get(i) + " has only " + s.length + " non-zero time points; connectivity needs at least 3");
                System.arraycopy(TimeSeries.connectivity(s.series, s.length, regions, fisher), 0, x, i * w, w);
            }
            shape = new int[] {w};
            info.put("fisher_z", fisher);
        } else if (features.equals("raw")) {
            // (regions, time): time last, as the time-series robustness probes (shift, line noise) and the
            // reconstruction loader read a sample; each region's row zero-padded after its real length
            int t = subjects.stream().mapToInt(Subject::length).max().orElse(0);
            x = new float[n * t * regions];
            for (int i = 0; i < n; i++) {
                Subject s = subjects.get(i);
                for (int time = 0; time < s.length; time++)
                    for (int r = 0; r < regions; r++) x[(i * regions + r) * t + time] = s.series[time * regions + r];
            }
            shape = new int[] {regions, t};
        } else {
            throw new DataException(card.where() + ": field 'features' is '" + features + "'; use connectivity or raw");
        }
        info.put("time_points_min", subjects.stream().mapToInt(Subject::length).min().orElse(0));
        info.put("time_points_max", subjects.stream().mapToInt(Subject::length).max().orElse(0));
        return new MemoryDataset(datasetId, x, shape, targets, meta, ids, info, Map.of(), files);
    }

    /**
     * label_map (raw value -> class name; classes ordered by the smallest raw value that maps to them, numerically when
     * every key is a number) or the labels as found.
     */
    private static Targets targets(List<String> raw, Map<String, String> labelMap, CardFields card) throws DataException {
        if (labelMap.isEmpty()) return ClassColumn.targets(raw, null, card.where() + " labels");
        List<String> keys = new ArrayList<>(labelMap.keySet());
        if (keys.stream().allMatch(k -> k.matches("-?[0-9]+"))) keys.sort(java.util.Comparator.comparingLong(Long::parseLong));
        List<String> names = new ArrayList<>();
        for (String k : keys) if (!names.contains(labelMap.get(k))) names.add(labelMap.get(k));
        int[] classes = new int[raw.size()];
        for (int i = 0; i < classes.length; i++) {
            String v = raw.get(i).trim();
            String name = labelMap.get(v);
            if (name == null && v.matches("-?[0-9]+\\.0+")) name = labelMap.get(v.substring(0, v.indexOf('.')));
            if (name == null) throw new DataException(card.where() + ": label '" + v + "' of subject " + (i + 1) + " is not in label_map " + labelMap.keySet());
            classes[i] = names.indexOf(name);
        }
        return Targets.classes(classes, names);
    }
}
