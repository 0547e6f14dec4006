package io.fmbench.kernel.run;

import java.nio.file.Path;

/**
 * What {@code fmbench run} was asked to do.
 *
 * @param evalsDir  when non-null, a copy of eval.yaml is filed there as {@code <eval_id>.yaml} (opt-in, unlike the reference)
 * @param baselines whether to score the chance and simple baselines beside the model (on by default)
 * @param seeds     every seed of a repeated run ({@code --seeds}); {@code seed} is the first; a single seed otherwise
 */
public record RunRequest(String suiteId, Path modelConfig, Path outDir, String datasetOverride, long seed, Path evalsDir,
                         int batchSize, boolean baselines, java.util.List<Long> seeds) {

    public RunRequest {
        seeds = seeds == null || seeds.isEmpty() ? java.util.List.of(seed) : java.util.List.copyOf(seeds);
    }

    /** A single-seed run with baselines (the form callers other than {@code run} use). */
    public RunRequest(String suiteId, Path modelConfig, Path outDir, String datasetOverride, long seed, Path evalsDir, int batchSize) {
        this(suiteId, modelConfig, outDir, datasetOverride, seed, evalsDir, batchSize, true, null);
    }

    /** The same request with another seed (for one repeat of --seeds). */
    RunRequest withSeed(long s) {
        return new RunRequest(suiteId, modelConfig, outDir, datasetOverride, s, evalsDir, batchSize, baselines, seeds);
    }

    /** The same request restricted to some of its seeds (those that completed); the first of them becomes the main seed. */
    RunRequest withSeeds(java.util.List<Long> kept) {
        return new RunRequest(suiteId, modelConfig, outDir, datasetOverride, kept.get(0), evalsDir, batchSize, baselines, kept);
    }
}
