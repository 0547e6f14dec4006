package io.fmbench.spi;

/** Kinds of model output a metric can need and a model can give. */
public enum Output {
    /** Class probabilities, one row per sample, summing to 1. */
    PROBABILITIES,
    /** Predicted class indices. */
    LABELS,
    /** Real-valued predictions (regression, reconstruction). */
    VALUES,
    /** A representation vector per sample (foundation-model embeddings). */
    EMBEDDINGS
}
