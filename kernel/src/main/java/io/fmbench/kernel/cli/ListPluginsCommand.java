package io.fmbench.kernel.cli;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.plugins.PluginInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "list-plugins", mixinStandardHelpOptions = true,
        description = "Lists installed plugins: id, version, provider, the SPI range they need, and what they provide.")
final class ListPluginsCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Override
    public Integer call() throws Exception {
        try (Kernel kernel = root.common.startKernel()) {
            if (kernel.plugins().plugins().isEmpty()) {
                System.out.println("No plugins installed (looked in: " + Kernel.pluginRoots(root.common.pluginDirs, root.common.workspace().root()) + ").");
                return 0;
            }
            System.out.printf("%-24s %-10s %-14s %-18s %s%n", "PLUGIN", "VERSION", "PROVIDER", "REQUIRES SPI", "PROVIDES");
            System.out.println("-".repeat(110));
            for (PluginInfo p : kernel.plugins().plugins()) {
                System.out.printf("%-24s %-10s %-14s %-18s %s%n", p.id(), p.version(), p.provider(), p.requires(),
                        String.join(", ", kernel.plugins().provides(p.id())));
            }
            return 0;
        }
    }
}
