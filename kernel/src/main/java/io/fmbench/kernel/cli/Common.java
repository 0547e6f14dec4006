package io.fmbench.kernel.cli;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that touches definitions or plugins shares. */
public final class Common {

    @Option(names = "--root", paramLabel = "DIR",
            description = "Workspace with configs/ and toy_data/ (default: $FMBENCH_ROOT, the nearest folder above the working directory with configs/, or the distribution).")
    Path root;

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "Extra folder of plugins (jars, plugin folders, or a source checkout's plugins/); repeatable.")
    List<Path> pluginDirs = new ArrayList<>();

    public Workspace workspace() {
        return Workspace.at(root != null ? root : Workspace.defaultRoot());
    }

    public Kernel startKernel() throws FmbenchException {
        return Kernel.start(Kernel.pluginRoots(pluginDirs, workspace().root()));
    }
}
