package io.fmbench.plugin.datafmri;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.table.DelimitedTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 4-D NIfTI-1 images, one per subject, reduced to ROI time series with a 3-D label atlas, then to features as for
 * {@code roi-npy}. Card fields: {@code atlas} (the atlas image, relative to {@code path}), {@code labels_file} (a table
 * with a {@code file} column naming each image, relative to {@code path}, plus the label and metadata columns).
 */
public final class NiftiRoiLoader implements DatasetLoader {

    @Override
    public String format() {
        return "nifti-roi";
    }

    @Override
    public boolean accepts(DatasetSource source) {
        return source.card().containsKey("atlas") && Files.isDirectory(source.path());
    }

    @Override
    public Dataset load(DatasetSource source) throws DataException {
        CardFields card = new CardFields(source);
        DataUseNotices.record(source.datasetId(), source.card().get("data_use"));
        String atlasName = card.string("atlas", null), labelsName = card.string("labels_file", null);
        if (atlasName == null || labelsName == null)
            throw new DataException(card.where() + ": a nifti-roi card needs 'atlas' (label image) and 'labels_file' (table with a 'file' column)");
        Path atlasFile = source.path().resolve(atlasName), labels = source.path().resolve(labelsName);
        AtlasReduction.Atlas atlas = AtlasReduction.Atlas.of(NiftiVolume.read(atlasFile), atlasFile);
        SampleTable table = DelimitedTable.read(labels);
        if (!table.has("file")) throw new DataException(labels + ": no 'file' column naming each subject's image (columns are " + table.columns() + ")");
        Subjects subjects = new Subjects();
        List<String> files = table.column("file");
        for (int i = 0; i < files.size(); i++) {
            Path image = source.path().resolve(files.get(i));
            if (!Files.isRegularFile(image)) throw new DataException(labels + ": row " + (i + 1) + " names " + image + ", which does not exist");
            NiftiVolume v = NiftiVolume.read(image);
            float[] series = AtlasReduction.reduce(v, atlas, image);
            int regions = atlas.labels().length;
            subjects.add(series, TimeSeries.realLength(series, v.nt(), regions), regions, table.columns(), new ArrayList<>(table.rows().get(i)), image.toString());
            subjects.files.add(image);
        }
        subjects.files.add(atlasFile);
        subjects.files.add(labels);
        return subjects.build(source.datasetId(), card);
    }
}
