package io.fmbench.kernel.cli;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.BackgroundTask;
import io.fmbench.kernel.config.Definitions;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.run.RunRequest;
import io.fmbench.kernel.run.SuiteRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a suite with a model and writes eval.yaml, report.md and predictions.csv into --out.")
final class RunCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Option(names = "--suite", required = true, paramLabel = "ID", description = "Suite id (see list-suites).")
    String suite;

    @Option(names = "--model", required = true, paramLabel = "CFG", description = "Model config YAML (model_id, type, ...).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
    Path out;

    @Option(names = "--dataset", paramLabel = "ID", description = "Dataset id instead of the suite's default.")
    String dataset;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for every random choice of the run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--evals-dir", paramLabel = "DIR", description = "Also file a copy of eval.yaml as <eval_id>.yaml in DIR (for a leaderboard).")
    Path evalsDir;

    @Option(names = "--batch-size", defaultValue = "256", description = "Samples per model call (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seeds", split = ",", paramLabel = "S1,S2,...",
            description = "Repeat the whole evaluation once per seed and report seed variance apart from sampling error (the first seed's run is the main record).")
    java.util.List<Long> seeds;

    @Option(names = "--no-baselines", description = "Skip the chance and simple baselines scored beside the model (faster).")
    boolean noBaselines;

    @Override
    public Integer call() throws Exception {
        if (batchSize < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--batch-size must be at least 1");
        Workspace ws = root.common.workspace();
        // Definitions are plain YAML and need no plugin: read them while the plugins load.
        BackgroundTask<Definitions> defs = BackgroundTask.start("fmbench-definitions", () -> Definitions.load(ws));
        try (Kernel kernel = root.common.startKernel()) {
            if (seeds != null && new java.util.HashSet<>(seeds).size() != seeds.size())
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--seeds lists a seed twice: " + seeds);
            long first = seeds == null || seeds.isEmpty() ? seed : seeds.get(0);
            RunRequest req = new RunRequest(suite, model, out, dataset, first, evalsDir, batchSize, !noBaselines, seeds);
            kernel.get(SuiteRunner.class).run(req, ws, defs.get(), System.out, System.err);
            return 0;
        }
    }
}
