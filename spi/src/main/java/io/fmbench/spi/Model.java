package io.fmbench.spi;

import java.util.Map;
import java.util.Set;

/**
 * A model ready to predict. The kernel streams the dataset through {@link #predict} in batches, in dataset order.
 */
public interface Model extends AutoCloseable {

    /** The kinds of output {@link #predict} fills. */
    Set<Output> outputs();

    /**
     * Whether the model must be fitted on the benchmark's training split before it predicts (simple baselines, linear
     * probes). Pre-trained models answer false and are never shown the test labels.
     */
    default boolean needsTraining() {
        return false;
    }

    /** Fits on training samples; called only when {@link #needsTraining()} is true. */
    default void fit(Batch inputs, Targets targets) throws ModelException {}

    /**
     * The outputs for one batch. The batch's arrays belong to the kernel and may be reused for the next batch once
     * this returns (robustness runs perturb into one array per worker): copy anything the model keeps.
     */
    Predictions predict(Batch batch) throws ModelException;

    /** Provenance for eval.yaml (artifact hashes, adapter settings); keys and values must be YAML-safe. */
    default Map<String, Object> provenance() {
        return Map.of();
    }

    @Override
    default void close() throws ModelException {}
}
