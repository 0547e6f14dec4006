package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.FailurePlace;
import io.fmbench.kernel.output.Markdown;
import java.nio.file.Path;
import java.util.List;

/**
 * How a whole {@code run} ended, one entry per benchmark/dataset of the suite. Each entry has its own eval.yaml
 * (Completed, Partial or Failed); the suite is Completed when all are, Failed when none produced metrics, Partial
 * otherwise. A suite with several benchmarks gets a summary report.md in --out; an incomplete run ends with one
 * error line and exit code 1, after every file is written.
 */
record SuiteOutcome(String suiteId, String modelId, Path outDir, List<SuiteOutcome.Entry> entries) {

    /**
     * One benchmark/dataset record: its status, its file, its headline, and what failed in it; or, when its data is
     * not available on this machine, why it did not run (no record, {@code notRun} set).
     */
    record Entry(String benchmarkId, String datasetId, String status, Path eval, String summary, RunFailures failures, String notRun,
                 FailurePlace failedAt) {
        Entry(String benchmarkId, String datasetId, String status, Path eval, String summary, RunFailures failures) {
            this(benchmarkId, datasetId, status, eval, summary, failures, null, null);
        }

        static Entry failed(String benchmarkId, String datasetId, FailurePlace place, RunFailures failures) {
            return new Entry(benchmarkId, datasetId, "Failed", place.eval(), "no metrics", failures, null, place);
        }

        static Entry notRun(String benchmarkId, String datasetId, String reason) {
            return new Entry(benchmarkId, datasetId, "Not run", null, "no data on this machine", new RunFailures(benchmarkId, datasetId), reason, null);
        }

        boolean complete() {
            return failures.isEmpty() && notRun == null;
        }

        String problem() {
            return notRun != null ? benchmarkId + " on " + datasetId + " not run (" + notRun + ")" : failures.summary();
        }
    }

    String status() {
        if (entries.stream().allMatch(Entry::complete)) return "Completed";
        return entries.stream().allMatch(e -> e.eval() == null || e.status().equals("Failed")) ? "Failed" : "Partial";
    }

    /** The suite summary (report.md in --out when the suite has several benchmarks). */
    String report() {
        StringBuilder md = new StringBuilder("# Suite Run: ").append(suiteId).append("\n\n");
        md.append("- **Model**: ").append(modelId).append('\n');
        md.append("- **Status**: ").append(status()).append("\n\n");
        md.append(Markdown.header(List.of("Benchmark", "Dataset", "Status", "Result", "Record")));
        for (Entry e : entries)
            md.append(Markdown.row(List.of(e.benchmarkId(), e.datasetId(), e.status(), e.summary(), e.eval() == null ? "-" : outDir.relativize(e.eval()).toString())));
        List<Entry> incomplete = entries.stream().filter(e -> !e.complete()).toList();
        if (!incomplete.isEmpty()) {
            md.append("\n## Failures\n\nNo metric of a failed seed is reported; full traces are in each benchmark's fmbench.log.\n\n");
            for (Entry e : incomplete) {
                if (e.notRun() != null)
                    md.append("- **").append(e.benchmarkId()).append("** on ").append(e.datasetId()).append(": not run: ").append(e.notRun()).append('\n');
                for (RunFailures.Failure f : e.failures().list())
                    md.append("- **").append(f.benchmarkId()).append("** on ").append(f.datasetId()).append(", seed ").append(f.seed())
                            .append(": ").append(f.cause().getMessage()).append('\n');
            }
        }
        return md.toString();
    }

    /** Ends an incomplete run with one line (the files are written by then); a single failed record keeps its own message. */
    void throwIfIncomplete(boolean several) throws FmbenchException {
        List<Entry> incomplete = entries.stream().filter(e -> !e.complete()).toList();
        if (incomplete.isEmpty()) return;
        if (!several) {
            Entry e = incomplete.get(0);
            if (e.status().equals("Failed")) {
                ModelFailure first = e.failures().first();
                // the model's own line; and where its record went when it could not go where the user will look
                if (e.failedAt() == null || !e.failedAt().keptEarlier()) throw first;
                throw new ModelFailure(first.getMessage() + "; " + e.failedAt().describe(), first);
            }
            throw new ModelFailure("run partial: " + e.failures().summary() + "; " + e.eval() + " has status Partial with the metrics of the"
                    + " seeds that completed (traces in " + e.eval().resolveSibling("fmbench.log") + ")");
        }
        StringBuilder msg = new StringBuilder("run ").append(status().equals("Failed") ? "failed" : "partial").append(": ");
        msg.append(String.join("; ", incomplete.stream().map(Entry::problem).toList()));
        List<String> done = entries.stream().filter(Entry::complete).map(e -> e.benchmarkId() + " on " + e.datasetId()).toList();
        if (!done.isEmpty()) msg.append("; completed: ").append(String.join(", ", done));
        msg.append("; see ").append(outDir.resolve("report.md")).append(" (traces in each benchmark's fmbench.log)");
        throw new ModelFailure(msg.toString());
    }
}
