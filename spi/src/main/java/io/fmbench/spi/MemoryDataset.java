package io.fmbench.spi;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A dataset whose samples are already computed and held in memory as one row-major float array (preprocessed
 * expression, connectivity features, masked time series, ...): loaders that derive features build one of these
 * instead of writing their own {@link Dataset}.
 */
public final class MemoryDataset implements Dataset {

    private final String id;
    private final float[] x;
    private final int[] sampleShape;
    private final int width;
    private final Targets targets;
    private final SampleTable metadata;
    private final List<String> ids;
    private final Map<String, Object> info;
    private final Map<String, int[]> splits;
    private final List<Path> files;

    /**
     * @param x           samples row after row, ids.size() * prod(sampleShape) values
     * @param metadata    per-sample metadata or {@link SampleTable#empty()}
     * @param info        facts for provenance (YAML-safe values)
     * @param splits      predefined splits, or an empty map
     */
    public MemoryDataset(String id, float[] x, int[] sampleShape, Targets targets, SampleTable metadata, List<String> ids,
                         Map<String, Object> info, Map<String, int[]> splits, List<Path> files) {
        this.id = id;
        this.sampleShape = sampleShape.clone();
        int w = 1;
        for (int d : sampleShape) w *= d;
        this.width = w;
        if ((long) w * ids.size() != x.length)
            throw new IllegalArgumentException(ids.size() + " samples of shape " + Arrays.toString(sampleShape) + " need " + (long) w * ids.size() + " values, got " + x.length);
        if (targets.size() != ids.size()) throw new IllegalArgumentException(targets.size() + " targets for " + ids.size() + " samples");
        if (metadata.size() != 0 && metadata.size() != ids.size()) throw new IllegalArgumentException(metadata.size() + " metadata rows for " + ids.size() + " samples");
        this.x = x;
        this.targets = targets;
        this.metadata = metadata;
        this.ids = List.copyOf(ids);
        this.info = Map.copyOf(info);
        this.splits = Map.copyOf(splits);
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
        return sampleShape.clone();
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
        if (from < 0 || to > size() || from > to) throw new IndexOutOfBoundsException("samples " + from + ".." + to + " of " + size());
        int[] shape = new int[sampleShape.length + 1];
        shape[0] = to - from;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        return new Batch(from, ids.subList(from, to), new Tensor(shape, Arrays.copyOfRange(x, from * width, to * width)), null);
    }

    @Override
    public Map<String, int[]> predefinedSplits() {
        return splits;
    }

    @Override
    public List<Path> files() {
        return files;
    }
}
