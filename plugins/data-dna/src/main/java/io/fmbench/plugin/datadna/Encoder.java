package io.fmbench.plugin.datadna;

import java.util.List;
import java.util.Map;

/** Turns sequences into a fixed-size float vector per sample, the numeric {@code inputs} of a DNA batch. */
interface Encoder {

    /** Shape of one encoded sample. */
    int[] sampleShape();

    /** Values per sample (product of the sample shape). */
    default int width() {
        int w = 1;
        for (int d : sampleShape()) w *= d;
        return w;
    }

    /**
     * Writes the encodings of {@code sequences} row after row into {@code out}, starting at {@code offset}; the target
     * rows must be all zero on entry.
     */
    void encode(List<String> sequences, float[] out, int offset);

    /** Settings for provenance (encoding, k, max_len). */
    Map<String, Object> describe();
}
