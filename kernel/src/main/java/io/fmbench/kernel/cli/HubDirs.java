package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.hub.Catalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The definition folders the hub commands check records against (the reference's folders work too). */
final class HubDirs {

    @Option(names = "--benchmarks-dir", paramLabel = "DIR", description = "Benchmark definitions (default: <root>/configs/benchmarks).")
    Path benchmarksDir;

    @Option(names = "--datasets-dir", paramLabel = "DIR", description = "Dataset cards (default: <root>/configs/datasets).")
    Path datasetsDir;

    @Option(names = "--models-dir", paramLabel = "DIR", description = "Model cards (default: <root>/configs/models).")
    Path modelsDir;

    Catalog catalog(Workspace ws) throws FmbenchException {
        Workspace w = ws.withBenchmarks(benchmarksDir).withDatasets(datasetsDir).withModels(modelsDir);
        return Catalog.load(w.benchmarksDir(), w.datasetsDir(), w.modelsDir());
    }
}
