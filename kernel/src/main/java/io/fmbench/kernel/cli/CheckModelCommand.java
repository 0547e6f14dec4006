package io.fmbench.kernel.cli;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.adapters.ModelCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

@Command(name = "check-model", mixinStandardHelpOptions = true,
        description = "Dry run of a model config on a few samples: output shapes, probabilities summing to 1, no NaN, time per batch.")
final class CheckModelCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "CFG", description = "Model config YAML.")
    Path model;

    @Option(names = "--suite", defaultValue = "SUITE-TOY-CLASS", paramLabel = "ID", description = "Suite whose dataset to use (default: ${DEFAULT-VALUE}).")
    String suite;

    @Option(names = "--samples", defaultValue = "16", description = "Samples to predict (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--batch-size", defaultValue = "8", description = "Samples per model call (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() throws Exception {
        if (samples < 1 || batchSize < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--samples and --batch-size must be at least 1");
        Path work = Files.createTempDirectory("fmbench-check-model-");
        try (Kernel kernel = root.common.startKernel()) {
            kernel.get(ModelCheck.class).run(new ModelCheck.Request(model, suite, samples, batchSize, work), root.common.workspace(), System.out);
            System.out.println("(logs of this dry run: " + work + ")");
            return 0;
        }
    }
}
