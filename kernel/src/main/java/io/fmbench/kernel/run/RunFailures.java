package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.AtomicFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model failures of one benchmark/dataset record, one per seed that did not complete. A seed's evaluation is the
 * unit that completes or fails as a whole: a failure in any of its cross-validation folds fails the seed, so that no
 * metric is ever averaged over only some folds. The record is Completed with no failures, Partial when some seeds
 * completed, Failed when none did.
 */
final class RunFailures {

    /** One seed's evaluation that did not complete, and why. */
    record Failure(String benchmarkId, String datasetId, long seed, ModelFailure cause) {
        Map<String, Object> yaml() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark_id", benchmarkId);
            m.put("dataset_id", datasetId);
            m.put("seed", seed);
            m.put("error", cause.getMessage());
            return m;
        }
    }

    private final String benchmarkId;
    private final String datasetId;
    private final List<Failure> failures = new ArrayList<>();

    RunFailures(String benchmarkId, String datasetId) {
        this.benchmarkId = benchmarkId;
        this.datasetId = datasetId;
    }

    void add(long seed, ModelFailure cause) {
        failures.add(new Failure(benchmarkId, datasetId, seed, cause));
    }

    boolean isEmpty() {
        return failures.isEmpty();
    }

    List<Failure> list() {
        return List.copyOf(failures);
    }

    ModelFailure first() {
        return failures.get(0).cause();
    }

    /** The record's status given how many seeds completed. */
    String status(int completed) {
        return failures.isEmpty() ? "Completed" : completed == 0 ? "Failed" : "Partial";
    }

    /** The eval.yaml {@code failures} list. */
    List<Map<String, Object>> yaml() {
        return failures.stream().map(Failure::yaml).toList();
    }

    /** One line for the console: which seeds failed and the first reason. */
    String summary() {
        List<Long> seeds = failures.stream().map(Failure::seed).toList();
        return benchmarkId + " on " + datasetId + (seeds.size() == 1 ? " seed " + seeds.get(0) : " seeds " + seeds)
                + " failed (" + first().getMessage() + ")";
    }

    /** fmbench.log in the record's folder: every failure's full trace (never printed on the console). */
    void writeLog(Path outDir, String evalId) throws FmbenchException {
        AtomicFiles.writeString(outDir.resolve("fmbench.log"), log(evalId));
    }

    /** fmbench.log: the record's id, then each failure's full trace. */
    String log(String evalId) {
        StringBuilder log = new StringBuilder("eval_id: ").append(evalId).append('\n');
        for (Failure f : failures) {
            StringWriter trace = new StringWriter();
            f.cause().printStackTrace(new PrintWriter(trace));
            log.append("\n== ").append(f.benchmarkId()).append(" on ").append(f.datasetId()).append(", seed ").append(f.seed()).append('\n')
                    .append(trace);
        }
        return log.toString();
    }
}
