package io.fmbench.kernel.robustness;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.AtomicFiles;
import io.fmbench.kernel.output.EvalIds;
import io.fmbench.kernel.output.EvalYaml;
import io.fmbench.kernel.output.FailurePlace;
import io.fmbench.kernel.plugins.PluginHost;
import io.fmbench.kernel.run.EvalRecord;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * When the model fails during a robustness run, the output folder still says what happened, as for {@code run}:
 * eval.yaml with {@code status: Failed}, the error and no metrics (no number from a model that did not finish),
 * report.md saying so, and fmbench.log with the full trace (never printed on the console). They are written as one set,
 * into the folder's failed/ subfolder when it holds an earlier run's results, which are kept ({@link FailurePlace}).
 */
final class FailedRobustnessRun {

    private FailedRobustnessRun() {}

    /** Writes the three files and returns the one-line error the run ends with. */
    static FmbenchException write(RobustnessRequest req, ModelConfig config, PluginHost host, List<?> extensions, ModelAdapterFactory factory,
                                  Map<String, Object> dataHashes, long started, String error, Throwable cause) throws FmbenchException {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String evalId = EvalIds.next("ROBUSTNESS-" + config.modelId(), now);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("date", now.toLocalDate().toString());
        meta.put("runner", "fmbench-robustness");
        meta.put("model_config", req.modelConfig().toString());
        meta.put("output_dir", req.outDir().toString());
        meta.put("seed", req.seed());
        meta.put("timestamp_utc", now.withNano(0).toString());
        if (req.suite() != null) meta.put("suite_id", req.suite().id());
        EvalRecord.putProvenance(meta, host, extensions, factory, Map.of(), config, dataHashes, started);
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("eval_id", evalId);
        rec.put("benchmark_id", RobustnessRun.BENCHMARK_ID);
        rec.put("model_ids", Map.of("candidate", config.modelId()));
        rec.put("data_dir", req.dataLabel());
        if (req.suite() != null) rec.put("dataset_id", req.datasetId());
        rec.put("run_metadata", meta);
        rec.put("metrics", Map.of());
        rec.put("status", "Failed");
        rec.put("error", error);
        FailurePlace place = FailurePlace.in(req.outDir());
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        SequencedMap<Path, String> files = new LinkedHashMap<>();
        files.put(place.dir().resolve("fmbench.log"), "eval_id: " + evalId + "\n\n" + trace);
        files.put(place.dir().resolve("report.md"), "# Robustness Report: " + evalId + "\n\n- **Model**: " + config.modelId()
                + "\n- **Data**: " + req.dataLabel() + "\n- **Status**: Failed\n\n## Failure\n\n" + error
                + "\n\nNo robustness figure is reported for a model that did not finish; the full trace is in fmbench.log.\n");
        files.put(place.eval(), EvalYaml.toYaml(rec));
        AtomicFiles.writeAll(files);
        return new FmbenchException(error + "; " + place.describe(), cause);
    }
}
