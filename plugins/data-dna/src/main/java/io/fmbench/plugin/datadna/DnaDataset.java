package io.fmbench.plugin.datadna;

import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Tensor;
import io.fmbench.spi.table.ClassColumn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled DNA sequences held in memory; each batch carries the sequences (upper case, A/C/G/T/N) and their encoding
 * as {@code inputs}, computed when the batch is read so that a 4^k-wide k-mer matrix never has to exist for the whole
 * dataset at once. Files with train/dev/test names give predefined splits and a {@code split} metadata column.
 */
final class DnaDataset implements Dataset {

    private final String id;
    private final List<String> sequences;
    private final List<String> ids;
    private final Targets targets;
    private final SampleTable metadata;
    private final Map<String, int[]> splits;
    private final Encoder encoder;
    private final List<Path> files;

    private DnaDataset(String id, List<String> sequences, List<String> ids, Targets targets, SampleTable metadata,
                       Map<String, int[]> splits, Encoder encoder, List<Path> files) {
        this.id = id;
        this.sequences = List.copyOf(sequences);
        this.ids = List.copyOf(ids);
        this.targets = targets;
        this.metadata = metadata;
        this.splits = splits;
        this.encoder = encoder;
        this.files = List.copyOf(files);
    }

    static DnaDataset build(DatasetSource source, LabelledSequences data) throws DataException {
        String where = source.path() + " (" + Card.where(source) + ")";
        if (data.size() == 0) throw new DataException(where + ": no sequences found");
        if (new HashSet<>(data.ids).size() != data.size())
            throw new DataException(where + ": sample ids are not unique; fix the id column or drop id_column from the card");
        Targets targets = ClassColumn.targets(data.labels, Card.classNames(source), where + " labels");
        Encoder encoder = Encoders.fromCard(source.card(), data.longest(), "dataset card of '" + source.datasetId() + "'");
        Map<String, int[]> splits = new LinkedHashMap<>();
        SampleTable meta = SampleTable.empty();
        if (!data.splits.get(0).isEmpty()) {
            Map<String, List<Integer>> members = new LinkedHashMap<>();
            for (int i = 0; i < data.size(); i++) members.computeIfAbsent(data.splits.get(i), k -> new ArrayList<>()).add(i);
            members.forEach((name, rows) -> splits.put(name, rows.stream().mapToInt(Integer::intValue).toArray()));
            List<List<String>> rows = new ArrayList<>(data.size());
            for (String s : data.splits) rows.add(List.of(s));
            meta = new SampleTable(List.of("split"), rows);
        }
        return new DnaDataset(source.datasetId(), data.sequences, data.ids, targets, meta, splits, encoder, data.files);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int size() {
        return sequences.size();
    }

    @Override
    public int[] sampleShape() {
        return encoder.sampleShape();
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
        return encoder.describe();
    }

    @Override
    public Batch read(int from, int to) {
        if (from < 0 || to > size() || from > to) throw new IndexOutOfBoundsException("samples " + from + ".." + to + " of " + size());
        List<String> seqs = sequences.subList(from, to);
        int width = encoder.width();
        float[] values = new float[Math.multiplyExact(to - from, width)];
        encoder.encode(seqs, values, 0);
        int[] shape = new int[encoder.sampleShape().length + 1];
        shape[0] = to - from;
        System.arraycopy(encoder.sampleShape(), 0, shape, 1, shape.length - 1);
        return new Batch(from, ids.subList(from, to), new Tensor(shape, values), seqs);
    }

    @Override
    public Map<String, int[]> predefinedSplits() {
        Map<String, int[]> copy = new LinkedHashMap<>();
        splits.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    @Override
    public List<Path> files() {
        return files;
    }
}
