package io.fmbench.kernel;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.fmbench.kernel.plugins.KernelModule;
import io.fmbench.kernel.plugins.PluginHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The running kernel: loaded plugins and the Guice injector over them. Started only by commands that need plugins,
 * so that listing definitions stays fast.
 */
public final class Kernel implements AutoCloseable {

    static {
        // Guice's AOP class generation calls sun.misc.Unsafe, which JDK 24+ warns about on every start; we use no AOP.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
    }

    private final PluginHost host;
    private final Injector injector;

    private Kernel(PluginHost host) {
        this.host = host;
        this.injector = Guice.createInjector(Stage.DEVELOPMENT, new KernelModule(host));
    }

    /**
     * Plugin folders: the distribution's plugins/ (system property fmbench.home), every {@code --plugins-dir}, and in a
     * source checkout without a distribution, the reactor's plugins/ modules (development mode).
     */
    public static List<Path> pluginRoots(List<Path> extra, Path workspaceRoot) {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("fmbench.home");
        if (home != null && !home.isBlank()) roots.add(Path.of(home, "plugins"));
        String env = System.getenv("FMBENCH_PLUGINS_DIR");
        if (env != null && !env.isBlank()) roots.add(Path.of(env));
        roots.addAll(extra);
        if ((home == null || home.isBlank()) && Files.isRegularFile(workspaceRoot.resolve("plugins/pom.xml")))
            roots.add(workspaceRoot.resolve("plugins"));
        return roots;
    }

    public static Kernel start(List<Path> pluginRoots) throws FmbenchException {
        return new Kernel(PluginHost.load(pluginRoots));
    }

    public PluginHost plugins() {
        return host;
    }

    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    @Override
    public void close() {
        host.close();
    }
}
