package io.fmbench.kernel.cli;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options of the root command that every sub-command inherits (they may be given before or after the sub-command). */
public final class Common {

    @Option(names = "--root", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Workspace with configs/ and toy_data/ (default: $FMBENCH_ROOT, the nearest folder above the working directory with configs/, or the distribution).")
    Path root;

    @Option(names = "--plugins-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Extra folder of plugins (jars, plugin folders, or a source checkout's plugins/); repeatable.")
    List<Path> pluginDirs = new ArrayList<>();

    public Workspace workspace() throws FmbenchException {
        if (root != null && !java.nio.file.Files.isDirectory(root))
            throw new FmbenchException("--root " + root + ": folder does not exist; give the folder that holds configs/", 2);
        return root != null ? Workspace.at(root) : Workspace.found();
    }

    public Kernel startKernel() throws FmbenchException {
        java.util.List<Path> roots = Kernel.pluginRoots(pluginDirs, workspace().root());
        Kernel early = EarlyKernel.take(roots);
        return early != null ? early : Kernel.start(roots);
    }
}
