package io.fmbench.kernel.cli;

import io.fmbench.kernel.output.Provenance;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: its options, shared by every sub-command, and its help. Kept apart from {@link FmbenchCli}'s
 * plumbing because picocli reads every method of the annotated class by reflection on each start.
 */
@Command(name = "fmbench", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Benchmarks healthcare foundation models (genomics, brain imaging) where the data lives.")
public final class RootCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Common common;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of the commands below");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fmbench " + Provenance.fmbenchVersion() + " (SPI " + io.fmbench.spi.SpiVersion.CURRENT + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
