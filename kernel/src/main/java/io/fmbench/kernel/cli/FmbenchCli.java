package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.Provenance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The fmbench command line. Errors are one line on stderr: exit 1 for errors, 2 for usage errors; an unexpected
 * crash also prints one line and leaves its stack trace in a log file, never on the console.
 */
@Command(name = "fmbench", mixinStandardHelpOptions = true, versionProvider = FmbenchCli.Version.class,
        description = "Benchmarks healthcare foundation models (genomics, brain imaging) where the data lives.",
        subcommands = {
                GenerateToyDataCommand.class, RunCommand.class, RunRobustnessCommand.class, RunDnaCommand.class, CompareCommand.class, ListSuitesCommand.class,
                ListBenchmarksCommand.class, ListPluginsCommand.class, CheckModelCommand.class, DownloadWeightsCommand.class,
                ValidateCommand.class, BuildLeaderboardCommand.class, IngestCommand.class, AutoComplete.GenerateCompletion.class})
public final class FmbenchCli implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Common common;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of the commands below");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = commandLine();
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("Error: out of memory; give fmbench more heap (e.g. FMBENCH_JAVA_OPTS=-Xmx16g) or use a smaller --batch-size");
            return 1;
        } catch (Error e) {
            Path log = crashLog(e);
            System.err.println("Error: internal error (" + e + "); details in " + log + ". Please report it with that file.");
            return 1;
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new FmbenchCli());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof FmbenchException fe) {
                cmd.getErr().println("Error: " + fe.getMessage());
                return fe.exitCode();
            }
            Path log = crashLog(e);
            cmd.getErr().println("Error: internal error (" + e + "); details in " + log
                    + ". Please report it with that file.");
            return 1;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("Error: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return 2;
        });
        CommandLine gen = cli.getSubcommands().get("generate-completion");
        if (gen != null) gen.getCommandSpec().usageMessage().hidden(false);
        return cli;
    }

    private static Path crashLog(Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        try {
            Path f = Files.createTempFile("fmbench-crash-", ".log");
            Files.writeString(f, sw.toString());
            return f;
        } catch (IOException io) {
            return Path.of("(could not write a log: " + io.getMessage() + ")");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fmbench " + Provenance.fmbenchVersion() + " (SPI " + io.fmbench.spi.SpiVersion.CURRENT + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
