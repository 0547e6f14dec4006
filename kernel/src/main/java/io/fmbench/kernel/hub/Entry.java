package io.fmbench.kernel.hub;

import java.util.List;
import java.util.Map;

/**
 * One eval record as the leaderboard sees it: the model normalised through the model cards, the benchmark's primary
 * score (null when undefined, with the reason), its interval, what makes it comparable to others, and flags.
 *
 * @param comparability attribute -> value (dataset, test set size, data hash, protocol, benchmark version); records
 *                      are ranked together only when these are equal
 */
public record Entry(String evalId, String fileName, String benchmarkId, String modelRaw, String modelKey, String modelName,
                    String dataset, String datasetName, String status, String date, Double score, String notRankableReason,
                    double[] ci, Map<String, Double> metrics, Map<String, Map<String, Map<String, Double>>> stratified,
                    Leakage leakage, Map<String, String> comparability, Double msPerSample, Double peakMemoryMib,
                    Map<String, Object> probes, List<String> flags) {

    public boolean rankable() {
        return notRankableReason == null;
    }

    public String comparabilityKey() {
        return comparability.toString();
    }
}
