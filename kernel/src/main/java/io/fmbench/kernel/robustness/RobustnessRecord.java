package io.fmbench.kernel.robustness;

import io.fmbench.spi.Dataset;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.RobustnessProbe;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The eval record of a robustness run: the reference's keys in its order (section 8.2: eval_id, benchmark_id,
 * model_ids, data_dir, run_metadata, metrics, probes, status), then ours: dataset_id for suite runs, the flags that
 * say when the scores mean nothing, and the suite's thresholds with pass/fail.
 */
final class RobustnessRecord {

    record Inputs(RobustnessRequest req, String evalId, ZonedDateTime now, ModelConfig config, Dataset data, List<RobustnessProbe> probes,
                  SamplingFreq fs, RobustnessRunner.Result result, Thresholds.Outcome thresholds) {}

    private RobustnessRecord() {}

    static Map<String, Object> build(Inputs in) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("eval_id", in.evalId());
        rec.put("benchmark_id", RobustnessRun.BENCHMARK_ID);
        rec.put("model_ids", Map.of("candidate", in.config().modelId()));
        rec.put("data_dir", in.req().dataLabel());
        if (in.req().suite() != null) rec.put("dataset_id", in.req().datasetId());
        rec.put("run_metadata", runMetadata(in));
        rec.put("metrics", in.result().metrics());
        rec.put("probes", in.result().probes());
        // a probe that failed leaves the score over fewer probes than asked for: not comparable, so not ranked
        rec.put("status", in.result().failures().isEmpty() ? "Completed" : "Partial");
        if (!in.result().failures().isEmpty()) rec.put("probe_failures", in.result().failures());
        if (!in.result().intervals().isEmpty()) rec.put("confidence_intervals", in.result().intervals());
        if (!in.result().flags().isEmpty()) rec.put("flags", in.result().flags());
        if (!in.thresholds().checks().isEmpty()) {
            rec.put("thresholds", in.thresholds().checks());
            rec.put("thresholds_passed", in.thresholds().allPassed());
        }
        return rec;
    }

    private static Map<String, Object> runMetadata(Inputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", in.now().toLocalDate().toString());
        m.put("runner", "fmbench-robustness");
        m.put("model_config", in.req().modelConfig().toString());
        m.put("output_dir", in.req().outDir().toString());
        m.put("sampling_freq", in.fs().yamlValue());
        m.put("seed", in.req().seed());
        m.put("timestamp_utc", in.now().withNano(0).toString());
        if (in.req().suite() != null) m.put("suite_id", in.req().suite().id());
        m.put("sampling_freq_source", in.fs().source());
        m.put("modality", Aggregates.modality(in.data().sampleShape()));
        List<Integer> shape = new java.util.ArrayList<>(List.of(in.data().size()));
        for (int d : in.data().sampleShape()) shape.add(d);
        m.put("data_shape", shape);
        m.put("probes", in.probes().stream().map(RobustnessProbe::name).toList());
        m.put("batch_size", RobustnessRun.batchSize(in.req().batchSize(), in.data().sampleShape()));
        m.put("random_streams", "one per (seed, probe, grid point); results do not depend on probe order or batch size");
        return m;
    }

    /** The record's run_metadata, for the caller to add provenance to. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> runMetadata(Map<String, Object> rec) {
        return (Map<String, Object>) rec.get("run_metadata");
    }

    /** report.md: the reference's overview (section 8.5), thresholds, then the robustness section and run details. */
    @SuppressWarnings("unchecked")
    static String report(Map<String, Object> rec, String robustnessMarkdown) {
        Map<String, Object> meta = runMetadata(rec);
        StringBuilder md = new StringBuilder();
        md.append("# Robustness Evaluation Report: ").append(rec.get("eval_id")).append("\n\n## Overview\n\n");
        md.append("- **Model**: ").append(((Map<String, Object>) rec.get("model_ids")).get("candidate")).append('\n');
        md.append("- **Benchmark**: Robustness Testing (ITU AI4H DEL3 Aligned)\n");
        md.append("- **Data**: ").append(rec.get("data_dir")).append(" ").append(meta.get("data_shape")).append(", ")
                .append(meta.get("modality")).append('\n');
        md.append("- **Date**: ").append(ZonedDateTime.parse((String) meta.get("timestamp_utc")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)))
                .append(" UTC\n\n");
        if (rec.get("thresholds") instanceof Map<?, ?> th) {
            md.append("## Thresholds: ").append(Boolean.TRUE.equals(rec.get("thresholds_passed")) ? "PASS" : "FAIL").append("\n\n");
            md.append("| Metric | Bound | Value | Result |\n|---|---|---|---|\n");
            for (var e : th.entrySet()) {
                Map<String, Object> c = (Map<String, Object>) e.getValue();
                StringBuilder bound = new StringBuilder();
                if (c.containsKey("min")) bound.append(">= ").append(c.get("min"));
                if (c.containsKey("max")) bound.append(bound.isEmpty() ? "" : ", ").append("<= ").append(c.get("max"));
                Object v = c.get("value");
                md.append("| ").append(e.getKey()).append(" | ").append(bound).append(" | ")
                        .append(v == null ? "not computed" : String.format(Locale.ROOT, "%.4f", (Double) v)).append(" | ")
                        .append(Boolean.TRUE.equals(c.get("passed")) ? "pass" : "**FAIL**").append(" |\n");
            }
            md.append('\n');
        }
        md.append(robustnessMarkdown);
        md.append("\n## Execution Details\n\n");
        md.append("- **Runner**: fmbench-robustness ").append(meta.get("fmbench_version")).append('\n');
        md.append("- **Seed**: ").append(meta.get("seed")).append("; sampling frequency ").append(meta.get("sampling_freq"))
                .append(" Hz (").append(meta.get("sampling_freq_source")).append(")\n");
        md.append("- **Wall time**: ").append(meta.get("wall_time_s")).append(" s; peak memory ").append(meta.get("peak_memory_mib")).append(" MiB\n");
        md.append("""

                ## References

                - ITU/WHO FG-AI4H DEL3: System requirement specifications for AI for health.
                - brainaug-lab: perturbation probes for neural time series.
                """);
        return md.toString();
    }
}
