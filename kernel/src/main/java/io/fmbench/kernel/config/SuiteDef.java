package io.fmbench.kernel.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A suite (the reference's tests/*.yaml): which benchmark(s) to run on which dataset, and how.
 *
 * @param entries        (benchmark, default dataset) pairs: one for the usual suite, several for a suite with a
 *                       {@code benchmarks:} list such as SUITE-DNA-CLASS
 * @param raw            the whole YAML, for protocol blocks read by other parts (cross_validation, probes, ...)
 */
public record SuiteDef(String id, String name, List<Entry> entries, Map<String, Object> raw, Path file) {

    public record Entry(String benchmarkId, String datasetId) {}

    public SuiteDef {
        entries = List.copyOf(entries);
    }

    /** The benchmark id shown by list-suites: the single one, or the ids joined with '+'. */
    public String benchmarkLabel() {
        return String.join("+", entries.stream().map(Entry::benchmarkId).toList());
    }
}
