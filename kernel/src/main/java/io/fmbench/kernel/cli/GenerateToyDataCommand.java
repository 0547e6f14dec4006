package io.fmbench.kernel.cli;

import io.fmbench.kernel.toydata.ToyDataGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

@Command(name = "generate-toy-data", mixinStandardHelpOptions = true,
        description = "Writes the five toy datasets (X.npy, y.npy, metadata.csv, info.json) used by the toy suites.")
final class GenerateToyDataCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: <root>/toy_data).")
    Path outputDir;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path dir = outputDir != null ? outputDir : root.common.workspace().toyData();
        for (String line : new ToyDataGenerator(seed).generateAll(dir)) System.out.println(line);
        return 0;
    }
}
