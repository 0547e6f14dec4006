package io.fmbench.spi;

import java.util.List;

/**
 * A slice of consecutive samples handed to a model. Numeric datasets fill {@code inputs}; sequence datasets (DNA)
 * fill {@code sequences}; loaders may fill both (e.g. sequences plus an encoding).
 *
 * @param offset    index of the first sample of this batch in the dataset
 * @param sampleIds one id per sample
 * @param inputs    samples as a tensor (first dimension = batch size), or null
 * @param sequences raw sequences, or null
 */
public record Batch(int offset, List<String> sampleIds, Tensor inputs, List<String> sequences) {

    public Batch {
        sampleIds = List.copyOf(sampleIds);
        sequences = sequences == null ? null : List.copyOf(sequences);
        if (inputs == null && sequences == null) throw new IllegalArgumentException("a batch needs inputs or sequences");
        if (inputs != null && inputs.samples() != sampleIds.size())
            throw new IllegalArgumentException("batch has " + inputs.samples() + " samples but " + sampleIds.size() + " ids");
        if (sequences != null && sequences.size() != sampleIds.size())
            throw new IllegalArgumentException("batch has " + sequences.size() + " sequences but " + sampleIds.size() + " ids");
    }

    public int size() {
        return sampleIds.size();
    }
}
