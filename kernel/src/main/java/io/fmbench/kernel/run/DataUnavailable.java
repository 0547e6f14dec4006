package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;

/** A dataset whose data is not on this machine (a catalogue card without a path, or a path that does not exist). */
public final class DataUnavailable extends FmbenchException {

    private final String datasetId;

    public DataUnavailable(String datasetId, String message) {
        super(message);
        this.datasetId = datasetId;
    }

    public String datasetId() {
        return datasetId;
    }
}
