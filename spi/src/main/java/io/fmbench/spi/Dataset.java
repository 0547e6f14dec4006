package io.fmbench.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A loaded dataset. Targets and metadata are small and held in memory; the samples themselves are read in batches
 * so that a dataset may be larger than the heap (a loader may memory-map its files).
 */
public interface Dataset extends AutoCloseable {

    String id();

    /** Number of samples. */
    int size();

    /** Shape of one sample, e.g. [channels, time]; empty for sequence datasets. */
    int[] sampleShape();

    Targets targets();

    /** Per-sample metadata, or {@link SampleTable#empty()}. */
    SampleTable metadata();

    /** Sample ids in dataset order (a metadata id column, or "0".."n-1"). */
    List<String> sampleIds();

    /** Facts from the data itself (e.g. info.json: sampling_freq). */
    default Map<String, Object> info() {
        return Map.of();
    }

    /** Reads samples [from, to) as one batch. */
    Batch read(int from, int to) throws DataException;

    /**
     * The same batch, with its inputs written into {@code reuse} when that array has exactly their length: a caller that
     * streams a large dataset hands back an array it is done with, rather than have a new one allocated (and its memory
     * first touched) for every batch. Any other array is ignored, as the default does. Since 1.2.0.
     */
    default Batch read(int from, int to, float[] reuse) throws DataException {
        return read(from, to);
    }

    /** Named index sets when the data comes with its own splits (e.g. "train", "test"); empty otherwise. */
    default Map<String, int[]> predefinedSplits() {
        return Map.of();
    }

    /** The files this dataset was read from, for provenance hashes. */
    List<Path> files();

    @Override
    default void close() {}
}
