package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.SuiteDef;
import io.fmbench.kernel.output.AtomicFiles;
import io.fmbench.kernel.output.EvalIds;
import io.fmbench.kernel.output.EvalYaml;
import io.fmbench.kernel.output.FailurePlace;
import io.fmbench.kernel.plugins.PluginHost;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * When the model fails for every seed, the output folder still says what happened: eval.yaml with {@code status: Failed},
 * the first error and the {@code failures} list, no metrics (no number may come from a model that did not run), and
 * fmbench.log with the full traces. They are written as one set, into the folder's failed/ subfolder when it holds an
 * earlier run's results, which are kept ({@link FailurePlace}).
 */
final class FailedRun {

    private FailedRun() {}

    /** Writes the record and its log; where they went. */
    static FailurePlace write(RunFailures failures, RunRequest req, SuiteDef suite, BenchmarkDef bench, DatasetCard card, ModelConfig config,
                      ModelAdapterFactory factory, DatasetLoader loader, Dataset data, PluginHost host, Path outDir, long started)
            throws FmbenchException {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("date", now.toLocalDate().toString());
        meta.put("timestamp_utc", now.withNano(0).toString());
        meta.put("runner", "fmbench");
        meta.put("suite_id", suite.id());
        meta.put("model_config", req.modelConfig().toString());
        meta.put("output_dir", req.outDir().toString());
        meta.put("seed", req.seed());
        EvalRecord.putProvenance(meta, host, List.of(factory, loader), factory, Map.of(), config, data, started);
        Map<String, Object> rec = new LinkedHashMap<>();
        String evalId = EvalIds.next(suite.id() + "-" + config.modelId(), now);
        rec.put("eval_id", evalId);
        rec.put("benchmark_id", bench.id());
        rec.put("model_ids", Map.of("candidate", config.modelId()));
        rec.put("dataset_id", card.id());
        rec.put("run_metadata", meta);
        rec.put("metrics", Map.of());
        rec.put("status", "Failed");
        rec.put("error", failures.first().getMessage());
        rec.put("failures", failures.yaml());
        FailurePlace place = FailurePlace.in(outDir);
        SequencedMap<Path, String> files = new LinkedHashMap<>();
        files.put(place.dir().resolve("fmbench.log"), failures.log(evalId));
        files.put(place.eval(), EvalYaml.toYaml(rec));
        AtomicFiles.writeAll(files);
        return place;
    }
}
