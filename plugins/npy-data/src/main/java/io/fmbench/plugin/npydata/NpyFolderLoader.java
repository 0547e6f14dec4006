package io.fmbench.plugin.npydata;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.npy.NpyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Loads the reference's toy layout: {@code X.npy} (samples first), {@code y.npy}, optional {@code metadata.csv} (one
 * row per sample, same order) and {@code info.json}. Card fields: {@code id_column} (default subject_id),
 * {@code target} (classes | values).
 */
public final class NpyFolderLoader implements DatasetLoader {

    @Override
    public String format() {
        return "npy";
    }

    @Override
    public boolean accepts(DatasetSource source) {
        return Files.isRegularFile(source.path().resolve("X.npy")) && Files.isRegularFile(source.path().resolve("y.npy"));
    }

    @Override
    public Dataset load(DatasetSource source) throws DataException {
        Path dir = source.path();
        Path xFile = dir.resolve("X.npy"), yFile = dir.resolve("y.npy");
        for (Path f : List.of(xFile, yFile)) {
            if (!Files.isRegularFile(f)) throw new DataException(f + ": missing; an npy dataset folder needs X.npy and y.npy");
        }
        NpyFile x = NpyFile.open(xFile);
        try {
            if (x.header().shape().length < 2)
                throw new DataException(xFile + ": expected samples x features (2-D or more), got shape " + java.util.Arrays.toString(x.header().shape()));
            int n = x.header().intShape()[0];
            Map<String, Object> info = Map.of();
            Path infoFile = dir.resolve("info.json");
            if (Files.isRegularFile(infoFile)) info = FlatJson.parse(readString(infoFile), infoFile);
            Targets targets = Labels.read(yFile, n, Labels.Kind.of(source.card(), info, infoFile));
            List<Path> files = new ArrayList<>(List.of(xFile, yFile));
            SampleTable meta = SampleTable.empty();
            Path metaFile = dir.resolve("metadata.csv");
            if (Files.isRegularFile(metaFile)) {
                meta = io.fmbench.spi.table.DelimitedTable.read(metaFile);
                if (meta.size() != n)
                    throw new DataException(metaFile + ": has " + meta.size() + " rows but X.npy has " + n + " samples; rows must match X row for row");
                files.add(metaFile);
            }
            if (Files.isRegularFile(infoFile)) files.add(infoFile);
            Object idCol = source.card().getOrDefault("id_column", "subject_id");
            return new NpyFolderDataset(source.datasetId(), x, targets, meta, ids(meta, idCol.toString(), n), info, files);
        } catch (DataException | RuntimeException e) {
            x.close();
            throw e;
        }
    }

    /** The id column when present and unique, else row numbers. */
    private static List<String> ids(SampleTable meta, String column, int n) {
        List<String> col = meta.column(column);
        if (col.size() == n && new HashSet<>(col).size() == n) return col;
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Integer.toString(i));
        return out;
    }

    private static String readString(Path f) throws DataException {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new DataException(f + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
