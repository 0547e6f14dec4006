package io.fmbench.kernel.cli;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.Definitions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

@Command(name = "list-benchmarks", mixinStandardHelpOptions = true,
        description = "Lists the benchmarks with their task and primary metric.")
final class ListBenchmarksCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Option(names = "--benchmarks-dir", paramLabel = "DIR", description = "Folder of benchmark YAML files (default: <root>/configs/benchmarks).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path d = dir != null ? dir : root.common.workspace().benchmarksDir();
        Map<String, BenchmarkDef> benchmarks = Definitions.loadBenchmarks(d);
        if (benchmarks.isEmpty()) {
            System.out.println("No benchmarks found in '" + d + "'.");
            return 0;
        }
        System.out.println("Benchmarks in " + d + ":");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("BENCHMARK_ID", "HEALTH_DOMAIN", "AI_TASK", "PRIMARY (BETTER)", "NAME"));
        for (BenchmarkDef b : benchmarks.values()) {
            String primary = b.primaryMetric() + " (" + (b.direction() == io.fmbench.spi.Direction.HIGHER_IS_BETTER ? "higher" : "lower") + ")";
            rows.add(List.of(b.id(), b.healthDomain(), b.aiTask(), primary, b.name() + " (" + b.file().getFileName() + ")"));
        }
        Columns.print(rows, System.out);
        return 0;
    }
}
