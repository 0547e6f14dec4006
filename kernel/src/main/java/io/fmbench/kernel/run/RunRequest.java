package io.fmbench.kernel.run;

import java.nio.file.Path;

/**
 * What {@code fmbench run} was asked to do.
 *
 * @param evalsDir  when non-null, a copy of eval.yaml is filed there as {@code <eval_id>.yaml} (opt-in, unlike the reference)
 * @param baselines whether to score the chance and simple baselines beside the model (on by default)
 */
public record RunRequest(String suiteId, Path modelConfig, Path outDir, String datasetOverride, long seed, Path evalsDir,
                         int batchSize, boolean baselines) {}
