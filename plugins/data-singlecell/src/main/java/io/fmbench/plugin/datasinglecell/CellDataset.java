package io.fmbench.plugin.datasinglecell;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Tensor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Preprocessed cells x genes expression held in memory (a few thousand cells by a few thousand genes). */
final class CellDataset implements Dataset {

    private final String id;
    private final float[] x;
    private final int genes;
    private final Targets targets;
    private final SampleTable metadata;
    private final List<String> ids;
    private final Map<String, Object> info;
    private final List<Path> files;

    CellDataset(String id, float[] x, int genes, Targets targets, SampleTable metadata, List<String> ids, Map<String, Object> info, List<Path> files) {
        this.id = id;
        this.x = x;
        this.genes = genes;
        this.targets = targets;
        this.metadata = metadata;
        this.ids = List.copyOf(ids);
        this.info = Map.copyOf(info);
        this.files = List.copyOf(files);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public int[] sampleShape() {
        return new int[] {genes};
    }

    @Override
    public Targets targets() {
        return targets;
    }

    @Override
    public SampleTable metadata() {
        return metadata;
    }

    @Override
    public List<String> sampleIds() {
        return ids;
    }

    @Override
    public Map<String, Object> info() {
        return info;
    }

    @Override
    public Batch read(int from, int to) {
        if (from < 0 || to > size() || from > to) throw new IndexOutOfBoundsException("cells " + from + ".." + to + " of " + size());
        return new Batch(from, ids.subList(from, to), new Tensor(new int[] {to - from, genes}, Arrays.copyOfRange(x, from * genes, to * genes)), null);
    }

    @Override
    public List<Path> files() {
        return files;
    }
}
