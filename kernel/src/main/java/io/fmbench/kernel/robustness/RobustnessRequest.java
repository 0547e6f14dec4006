package io.fmbench.kernel.robustness;

import io.fmbench.spi.DatasetSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a robustness run was asked to do, from {@code run-robustness} or from a robustness suite.
 *
 * @param dataLabel    how eval.yaml names the data ({@code data_dir}: the path as the user gave it)
 * @param probes       probe names in run order, or null for the modality's defaults
 * @param probesWhere  where the names came from, for error messages ("--probes" or "FILE: field 'probes'")
 * @param samplingFreq the --sampling-freq flag, or null
 * @param suite        the suite's id, file, probe_config, thresholds and sampling_freq default, or null for run-robustness
 * @param card         the suite's dataset card, read by the plugin for its {@code format} (any loader, not only X.npy
 *                     folders), or null for run-robustness
 */
public record RobustnessRequest(Path modelConfig, Path dataDir, String dataLabel, String datasetId, Path outDir, List<String> probes,
                                String probesWhere, Double samplingFreq, long seed, int batchSize, Path evalsDir, Suite suite, Card card) {

    /** A dataset card: its fields as a source for the loader, and its file for error messages. */
    public record Card(DatasetSource source, Path file) {}

    /** The parts of a robustness suite a run uses. */
    public record Suite(String id, Path file, Map<String, Map<String, Object>> probeConfig, Object thresholds, Double samplingFreq) {}
}
