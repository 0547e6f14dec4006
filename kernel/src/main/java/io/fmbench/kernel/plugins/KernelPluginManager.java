package io.fmbench.kernel.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DevelopmentPluginLoader;
import org.pf4j.ExtensionFinder;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;

/**
 * PF4J configured for fmbench: extensions are found through META-INF/services (plugins need no PF4J dependency),
 * and plugins may be jars, distribution folders (classes/ + lib/) or reactor modules (target/classes + target/lib).
 */
final class KernelPluginManager extends DefaultPluginManager {

    KernelPluginManager(List<Path> roots) {
        super(roots);
    }

    @Override
    protected ExtensionFinder createExtensionFinder() {
        ServicesExtensionFinder finder = new ServicesExtensionFinder(this);
        addPluginStateListener(finder);
        return finder;
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return PluginDescriptors.finder();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new ReactorLoader(this))
                .add(new JarPluginLoader(this))
                .add(new DefaultPluginLoader(this));
    }

    /** Loads a reactor module from target/classes and target/lib, whatever the runtime mode. */
    private static final class ReactorLoader implements PluginLoader {
        private final DevelopmentPluginLoader delegate;

        ReactorLoader(DefaultPluginManager manager) {
            this.delegate = new DevelopmentPluginLoader(manager);
        }

        @Override
        public boolean isApplicable(Path path) {
            return PluginDescriptors.isReactorModule(path);
        }

        @Override
        public ClassLoader loadPlugin(Path path, org.pf4j.PluginDescriptor descriptor) {
            return delegate.loadPlugin(path, descriptor);
        }
    }

    static boolean isCandidate(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) return false;
        if (Files.isDirectory(p)) return true;
        return name.endsWith(".jar") || name.endsWith(".zip");
    }
}
