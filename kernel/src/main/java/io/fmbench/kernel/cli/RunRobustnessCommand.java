package io.fmbench.kernel.cli;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.config.ModelConfigs;
import io.fmbench.kernel.robustness.ProbeSelection;
import io.fmbench.kernel.robustness.RobustnessRequest;
import io.fmbench.kernel.robustness.RobustnessRun;
import io.fmbench.kernel.run.DatasetResolver;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "run-robustness", mixinStandardHelpOptions = true,
        description = "Perturbs the data with robustness probes (channel dropout, noise, line noise, permutation, shift, ...) and "
                + "measures how the model's outputs and its performance degrade; writes eval.yaml and report.md into --out.")
final class RunRobustnessCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "CFG", description = "Model config YAML (model_id, type, ...).")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data folder (X.npy, y.npy, optional info.json and metadata.csv).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
    Path out;

    @Option(names = "--probes", paramLabel = "LIST",
            description = "Comma-separated probe names (see list-plugins); default: the list for the data's modality "
                    + "(time series: dropout,noise,line_noise,permutation,shift).")
    String probes;

    @Option(names = "--sampling-freq", paramLabel = "HZ", description = "Sampling frequency in Hz (default: sampling_freq of the data's info.json, else 200).")
    Double samplingFreq;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the perturbations and the model (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--batch-size", defaultValue = "256",
            description = "At most this many samples per model call; fewer for large samples, so that a batch stays cache-sized (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--evals-dir", paramLabel = "DIR", description = "Also file a copy of eval.yaml as <eval_id>.yaml in DIR (for a leaderboard).")
    Path evalsDir;

    @Override
    public Integer call() throws Exception {
        // the command's own model, not a new one: building that by reflection again cost every run 5-8 ms of CPU (profiled)
        CommandLine cmd = spec.commandLine();
        if (batchSize < 1) throw new CommandLine.ParameterException(cmd, "--batch-size must be at least 1");
        if (samplingFreq != null && !(samplingFreq > 0 && Double.isFinite(samplingFreq)))
            throw new CommandLine.ParameterException(cmd, "--sampling-freq must be a positive number of Hz");
        // a bad model config is reported at once, while the plugins are still loading in the background (the run reads
        // the file again; its YAML reader is warm by then)
        ModelConfigs.read(model);
        // the README's toy folder works from a fresh clone, as it does for `run`
        new DatasetResolver(root.common.workspace(), System.out).generateMissingToySet(data, "Toy data " + data);
        try (Kernel kernel = root.common.startKernel()) {
            RobustnessRequest req = new RobustnessRequest(model, data, data.toString(), data.getFileName() == null ? data.toString()
                    : data.getFileName().toString(), out, probes == null ? null : ProbeSelection.parse(probes), "--probes", samplingFreq,
                    seed, batchSize, evalsDir, null, null);
            kernel.get(RobustnessRun.class).run(req, System.out, System.err);
            return 0;
        }
    }
}
