package io.fmbench.kernel.cli;

import io.fmbench.kernel.config.Definitions;
import io.fmbench.kernel.config.SuiteDef;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

@Command(name = "list-suites", mixinStandardHelpOptions = true, description = "Lists the benchmark suites.")
final class ListSuitesCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Option(names = "--tests-dir", paramLabel = "DIR", description = "Folder of suite YAML files (default: <root>/configs/suites).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path d = dir != null ? dir : root.common.workspace().suitesDir();
        Map<String, SuiteDef> suites = Definitions.loadSuites(d);
        if (suites.isEmpty()) {
            System.out.println("No suites found in '" + d + "'.");
            return 0;
        }
        System.out.println("Suites in " + d + ":");
        System.out.printf("%-24s %-18s %s%n", "SUITE_ID", "BENCHMARK_ID", "NAME");
        System.out.println("-".repeat(72));
        for (SuiteDef s : suites.values())
            System.out.printf("%-24s %-18s %s (%s)%n", s.id(), s.benchmarkLabel(), s.name(), s.file().getFileName());
        return 0;
    }
}
