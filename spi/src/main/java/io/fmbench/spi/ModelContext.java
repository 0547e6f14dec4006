package io.fmbench.spi;

import java.nio.file.Path;

/**
 * What the kernel tells a model adapter when it builds a model.
 *
 * @param seed    the run's seed: stochastic models must draw from it so that runs repeat
 * @param workDir a private scratch folder for this run (inside --out), for logs and temporary files
 */
public record ModelContext(long seed, Path workDir) {}
