package io.fmbench.kernel.cli;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.compare.CompareRuns;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two runs of the same benchmark and dataset sample by sample (DeLong for AUROC, McNemar for "
                + "accuracy, paired bootstrap otherwise, Holm-adjusted) and prints a Markdown table.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "Output folder of the first run (eval.yaml + predictions.csv).")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Output folder of the second run.")
    Path runB;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to FILE (Markdown).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the paired bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", defaultValue = "1000", description = "Paired bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Override
    public Integer call() throws Exception {
        if (resamples < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--resamples must be at least 1");
        try (Kernel kernel = root.common.startKernel()) {
            kernel.get(CompareRuns.class).run(runA, runB, out, seed, resamples, System.out);
            return 0;
        }
    }
}
