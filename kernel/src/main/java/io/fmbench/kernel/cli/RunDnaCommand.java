package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.output.AtomicFiles;
import io.fmbench.kernel.run.RunRequest;
import io.fmbench.kernel.run.SuiteRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code run-dna}: the reference's shortcut for a folder of labelled sequences (train/dev/test CSV or TSV, or one
 * file). It writes a one-off suite, benchmark ({@code dna_classification}, AUROC primary) and dataset card for the
 * folder into a scratch folder under --out and runs them like {@code run}; without --model it uses the workspace's
 * configs/model_kmer_k6.yaml (k-mer frequencies + logistic regression).
 */
@Command(name = "run-dna", mixinStandardHelpOptions = true,
        description = "Classifies a folder of labelled DNA sequences (train/dev/test .csv/.tsv, or one file) and writes eval.yaml and report.md into --out.")
final class RunDnaCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Folder with train/dev/test .csv/.tsv files, or one such file.")
    Path dataDir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
    Path out;

    @Option(names = "--model", paramLabel = "CFG", description = "Model config (default: configs/model_kmer_k6.yaml of the workspace).")
    Path model;

    @Option(names = "--encoding", defaultValue = "kmer", description = "kmer, one_hot or character (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--k", defaultValue = "6", description = "k of the k-mer encoding (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for every random choice of the run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(dataDir)) throw new FmbenchException(dataDir + ": does not exist; --data-dir must be a folder of train/test .csv/.tsv files or one file");
        if (!java.util.List.of("kmer", "one_hot", "character").contains(encoding))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--encoding must be kmer, one_hot or character");
        Workspace ws = root.common.workspace();
        Path cfg = model != null ? model : ws.root().resolve("configs/model_kmer_k6.yaml");
        if (!Files.isRegularFile(cfg)) throw new FmbenchException(cfg + ": model config not found; pass --model <config.yaml>");
        Path scratch = out.toAbsolutePath().resolve(".run-dna");
        try {
            String name = dataDir.toAbsolutePath().normalize().getFileName().toString();
            String datasetId = "DS-DNA-" + name.toUpperCase(java.util.Locale.ROOT);
            AtomicFiles.writeString(scratch.resolve("suites/run_dna.yaml"), "suite_id: RUN-DNA\nname: run-dna " + name
                    + "\nbenchmark_id: dna_classification\ninputs:\n  dataset:\n    default: " + datasetId + "\n");
            AtomicFiles.writeString(scratch.resolve("benchmarks/dna_classification.yaml"), "benchmark_id: dna_classification\n"
                    + "name: DNA Sequence Classification\nai_task: Classification\nhealth_domain: Genetics\nmetrics:\n  primary: AUROC\n  direction: higher\n");
            AtomicFiles.writeString(scratch.resolve("datasets/dataset.yaml"), "dataset_id: " + datasetId + "\nname: " + name
                    + "\npath: '" + dataDir.toAbsolutePath().normalize().toString().replace("'", "''") + "'\nformat: dna-csv\nencoding: " + encoding
                    + "\nk: " + k + "\n");
            Workspace adHoc = ws.withSuites(scratch.resolve("suites")).withBenchmarks(scratch.resolve("benchmarks")).withDatasets(scratch.resolve("datasets"));
            System.out.println("Running DNA classification benchmark...");
            System.out.println("  Data: " + dataDir);
            System.out.println("  Encoding: " + encoding + (encoding.equals("kmer") ? " (k=" + k + ")" : ""));
            try (Kernel kernel = root.common.startKernel()) {
                kernel.get(SuiteRunner.class).run(new RunRequest("RUN-DNA", cfg, out, null, seed, null, 256), adHoc, System.out, System.err);
            }
            return 0;
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
