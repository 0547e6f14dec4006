package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.run.CompilerChoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The fmbench command line. Errors are one line on stderr: exit 1 for errors, 2 for usage errors; an unexpected
 * crash also prints one line and leaves its stack trace in a log file, never on the console. The root command itself
 * is {@link RootCommand}.
 */
public final class FmbenchCli {

    /** The sub-commands, in the order --help lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            GenerateToyDataCommand.class, RunCommand.class, RunRobustnessCommand.class, RunDnaCommand.class, CompareCommand.class, ListSuitesCommand.class,
            ListBenchmarksCommand.class, ListPluginsCommand.class, CheckModelCommand.class, DownloadWeightsCommand.class,
            ValidateCommand.class, BuildLeaderboardCommand.class, IngestCommand.class, AutoComplete.GenerateCompletion.class);

    /** Commands that start the kernel: their plugins load while picocli parses ({@link EarlyKernel}). */
    private static final Set<Class<?>> STARTS_KERNEL = Set.of(RunCommand.class, RunRobustnessCommand.class, RunDnaCommand.class,
            CompareCommand.class, ListPluginsCommand.class, CheckModelCommand.class);

    /** Options that change the plugin folders: then the command loads its own. */
    private static final java.util.function.Predicate<String> CHANGES_PLUGIN_FOLDERS =
            a -> a.startsWith("--root") || a.startsWith("--plugins-dir");

    /** Root options that take a value, so the value is not mistaken for the sub-command's name. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--root", "--plugins-dir");

    private FmbenchCli() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        skipUnusedPicocliLookups();
        Class<?> named = namedCommand(args);
        if (named != null && STARTS_KERNEL.contains(named) && Arrays.stream(args).noneMatch(CHANGES_PLUGIN_FOLDERS))
            EarlyKernel.start(Kernel.pluginRoots(List.of(), Workspace.found().root()));
        CommandLine cli = commandLine(args);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("Error: out of memory; give fmbench more heap (e.g. FMBENCH_JAVA_OPTS=-Xmx16g) or use a smaller --batch-size");
            return 1;
        } catch (Error e) {
            Path log = crashLog(e);
            System.err.println("Error: internal error (" + e + "); details in " + log + ". Please report it with that file.");
            return 1;
        } finally {
            EarlyKernel.discard();
        }
    }

    /**
     * Picocli looks up classes no fmbench option uses: Groovy's Closure, which is not there (a miss searches every jar
     * on the class path), and the java.sql and java.time types it has converters for. In a fresh JVM that was a tenth
     * of the main thread's start-up. A user's own setting of either property is kept.
     */
    private static void skipUnusedPicocliLookups() {
        if (System.getProperty("picocli.disable.closures") == null) System.setProperty("picocli.disable.closures", "true");
        if (System.getProperty("picocli.converters.excludes") == null)
            System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }

    /** The whole command tree (for help, completion and unknown commands). */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree for these arguments: only the sub-command they name, when they name one, since picocli builds
     * each command's model by reflection and that is most of the start-up time of a short command.
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new RootCommand());
        Class<?> named = namedCommand(args);
        for (Class<?> command : named != null ? List.<Class<?>>of(named) : COMMANDS) cli.addSubcommand(command);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CompilerChoice.Restart restart) return restart.exitCode(); // the launcher starts us again
            if (e instanceof FmbenchException fe) {
                cmd.getErr().println("Error: " + oneLine(fe.getMessage()));
                return fe.exitCode();
            }
            Path log = crashLog(e);
            cmd.getErr().println("Error: internal error (" + e + "); details in " + log
                    + ". Please report it with that file.");
            return 1;
        });
        cli.setParameterExceptionHandler((ex, unused) -> {
            CommandLine cmd = ex.getCommandLine();
            // one line, as every other error: what is wrong, then where the usage is
            cmd.getErr().println("Error: " + oneLine(ex.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        CommandLine gen = cli.getSubcommands().get("generate-completion");
        if (gen != null) gen.getCommandSpec().usageMessage().hidden(false);
        return cli;
    }

    /**
     * The sub-command classes by name, written out: reading each class's @Command annotation to find the one named
     * costs a fresh JVM a tenth of a second (FmbenchCliTest checks that the two agree). Completion needs the whole tree.
     */
    static final Map<String, Class<?>> BY_NAME = Map.ofEntries(
            Map.entry("generate-toy-data", GenerateToyDataCommand.class), Map.entry("run", RunCommand.class),
            Map.entry("run-robustness", RunRobustnessCommand.class), Map.entry("run-dna", RunDnaCommand.class),
            Map.entry("compare", CompareCommand.class), Map.entry("list-suites", ListSuitesCommand.class),
            Map.entry("list-benchmarks", ListBenchmarksCommand.class), Map.entry("list-plugins", ListPluginsCommand.class),
            Map.entry("check-model", CheckModelCommand.class), Map.entry("download-weights", DownloadWeightsCommand.class),
            Map.entry("validate", ValidateCommand.class), Map.entry("build-leaderboard", BuildLeaderboardCommand.class),
            Map.entry("ingest", IngestCommand.class));

    private static Class<?> namedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (ROOT_OPTIONS_WITH_VALUE.contains(a)) { i++; continue; }
            if (a.startsWith("-")) continue;
            return BY_NAME.get(a);
        }
        return null;
    }

    /**
     * An error is one line: messages passed on from elsewhere (an ONNX Runtime or Python error, a subprocess's stderr)
     * may hold line breaks, which are joined with " | " so that scripts reading the first stderr line get all of it.
     */
    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " | ");
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

}
