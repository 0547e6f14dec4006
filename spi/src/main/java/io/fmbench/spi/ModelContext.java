package io.fmbench.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * What the kernel tells a model adapter when it builds a model.
 *
 * @param seed       the run's seed: stochastic models must draw from it so that runs repeat
 * @param workDir    a private scratch folder for this run (inside --out), for logs and temporary files
 * @param task       the benchmark's task
 * @param classNames class names of a classification task in index order (empty otherwise); probabilities must have
 *                   one column per class
 */
public record ModelContext(long seed, Path workDir, Task task, List<String> classNames) {
    public ModelContext {
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
    }

    public int classCount() {
        return classNames.size();
    }
}
