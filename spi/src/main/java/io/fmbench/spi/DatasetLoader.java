package io.fmbench.spi;

/** Extension point: reads one on-disk layout (npy folder, CSV of sequences, 10x matrix, NIfTI, ...). */
public interface DatasetLoader {

    /** Short name of the layout, matched against a dataset card's {@code format} field (e.g. "npy"). */
    String format();

    /** Whether this loader recognises the data at {@code source} when the card names no format. */
    boolean accepts(DatasetSource source);

    Dataset load(DatasetSource source) throws DataException;
}
