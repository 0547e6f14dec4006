package io.fmbench.kernel.cli;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.Definitions;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

@Command(name = "list-benchmarks", mixinStandardHelpOptions = true,
        description = "Lists the benchmarks with their task and primary metric.")
final class ListBenchmarksCommand implements Callable<Integer> {

    @ParentCommand FmbenchCli root;

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
        System.out.printf("%-20s %-16s %-14s %-24s %s%n", "BENCHMARK_ID", "HEALTH_DOMAIN", "AI_TASK", "PRIMARY (BETTER)", "NAME");
        System.out.println("-".repeat(110));
        for (BenchmarkDef b : benchmarks.values()) {
            String primary = b.primaryMetric() + " (" + (b.direction() == io.fmbench.spi.Direction.HIGHER_IS_BETTER ? "higher" : "lower") + ")";
            System.out.printf("%-20s %-16s %-14s %-24s %s (%s)%n", b.id(), b.healthDomain(), b.aiTask(), primary, b.name(),
                    b.file().getFileName());
        }
        return 0;
    }
}
