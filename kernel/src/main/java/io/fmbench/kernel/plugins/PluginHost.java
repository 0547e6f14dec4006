package io.fmbench.kernel.plugins;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.Metric;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ReportSection;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SpiVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.util.FileUtils;

/**
 * Loads every plugin under the given roots and hands out their extensions. A plugin that cannot be read, that needs
 * another SPI version, or that fails to start is an error naming the plugin and what to do: never a silent skip.
 */
public final class PluginHost implements AutoCloseable {

    /** The extension points the kernel knows, in list-plugins order. */
    public static final List<Class<?>> EXTENSION_POINTS = List.of(
            ModelAdapterFactory.class, DatasetLoader.class, Metric.class, RobustnessProbe.class, ReportSection.class);

    private final KernelPluginManager manager;
    private final List<PluginInfo> plugins;

    private PluginHost(KernelPluginManager manager, List<PluginInfo> plugins) {
        this.manager = manager;
        this.plugins = plugins;
    }

    /**
     * PF4J logs through slf4j, which we bind to its no-op provider (the kernel reports problems itself). Named, slf4j
     * loads it at once; found through the service loader, it searched every jar first, 50-70 ms on the critical path of
     * every command that loads plugins. Whoever wants PF4J's log names another provider with -Dslf4j.provider.
     */
    private static void namedLogProvider() {
        if (System.getProperty("slf4j.provider") != null) return;
        System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
        // slf4j says on stderr which provider it was told to use; our stderr is one line per error
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "WARN");
    }

    /** Loads and starts all plugins found directly under the roots (missing roots are skipped). */
    public static PluginHost load(List<Path> roots) throws FmbenchException {
        namedLogProvider();
        List<Path> existing = roots.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory).distinct().toList();
        KernelPluginManager manager = new KernelPluginManager(existing);
        manager.setSystemVersion(SpiVersion.CURRENT);
        PluginDescriptorFinder finder = PluginDescriptors.finder();
        Map<String, Path> seen = new TreeMap<>();
        for (Path candidate : candidates(existing)) {
            Path path = expandIfZip(candidate);
            PluginDescriptor d = describe(finder, path);
            if (d == null) continue;
            checkRequires(manager, d, candidate);
            Path earlier = seen.putIfAbsent(d.getPluginId(), candidate);
            if (earlier != null)
                throw new FmbenchException("plugin '" + d.getPluginId() + "' is installed twice (" + earlier + " and " + candidate
                        + "); remove one of them");
            try {
                manager.loadPlugin(path);
            } catch (RuntimeException e) {
                throw new FmbenchException(candidate + ": plugin '" + d.getPluginId() + "' failed to load (" + rootMessage(e)
                        + "); rebuild it against fmbench-spi " + SpiVersion.CURRENT);
            }
        }
        manager.startPlugins();
        List<PluginInfo> infos = new ArrayList<>();
        for (PluginWrapper w : manager.getPlugins()) {
            if (w.getPluginState() != PluginState.STARTED) {
                Throwable why = w.getFailedException();
                throw new FmbenchException(w.getPluginPath() + ": plugin '" + w.getPluginId() + "' did not start ("
                        + (why == null ? w.getPluginState().toString() : rootMessage(why)) + ")");
            }
            infos.add(info(w));
        }
        infos.sort(Comparator.comparing(PluginInfo::id));
        return new PluginHost(manager, List.copyOf(infos));
    }

    private static List<Path> candidates(List<Path> roots) throws FmbenchException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(KernelPluginManager::isCandidate).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new FmbenchException(root + ": cannot list the plugins folder (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    private static Path expandIfZip(Path p) throws FmbenchException {
        if (!p.getFileName().toString().endsWith(".zip")) return p;
        try {
            return FileUtils.expandIfZip(p);
        } catch (IOException e) {
            throw new FmbenchException(p + ": cannot unpack the plugin zip (" + e.getMessage() + ")");
        }
    }

    /** The descriptor, or null for a folder that is no plugin at all (e.g. a reactor module that was not built). */
    private static PluginDescriptor describe(PluginDescriptorFinder finder, Path path) throws FmbenchException {
        boolean folder = Files.isDirectory(path);
        if (folder && Files.isRegularFile(path.resolve("pom.xml")) && !PluginDescriptors.isReactorModule(path)) return null;
        if (folder && !looksLikePlugin(path)) return null;
        try {
            PluginDescriptor d = finder.find(path);
            if (d == null || d.getPluginId() == null || d.getPluginId().isBlank()) throw new IllegalStateException("no plugin.id");
            return d;
        } catch (RuntimeException e) {
            throw new FmbenchException(path + ": not a valid fmbench plugin (" + rootMessage(e)
                    + "); it needs plugin.properties with plugin.id, plugin.version and plugin.requires");
        }
    }

    private static boolean looksLikePlugin(Path dir) {
        return PluginDescriptors.isReactorModule(dir) || Files.exists(dir.resolve("plugin.properties"))
                || Files.isDirectory(dir.resolve("lib")) || Files.isDirectory(dir.resolve("classes"));
    }

    private static void checkRequires(KernelPluginManager manager, PluginDescriptor d, Path path) throws FmbenchException {
        String requires = d.getRequires();
        boolean ok;
        try {
            ok = requires == null || requires.isBlank() || requires.equals("*")
                    || manager.getVersionManager().checkVersionConstraint(SpiVersion.CURRENT, requires);
        } catch (RuntimeException e) {
            throw new FmbenchException(path + ": plugin '" + d.getPluginId() + "' has an unreadable plugin.requires '" + requires
                    + "' (write a range such as '>=1.0.0 & <2.0.0')");
        }
        if (!ok)
            throw new FmbenchException("plugin '" + d.getPluginId() + "' " + d.getVersion() + " (" + path + ") needs fmbench SPI "
                    + requires + " but this fmbench provides SPI " + SpiVersion.CURRENT
                    + "; install a build of the plugin made for SPI " + SpiVersion.CURRENT.charAt(0) + ".x");
    }

    private static PluginInfo info(PluginWrapper w) {
        PluginDescriptor d = w.getDescriptor();
        return new PluginInfo(w.getPluginId(), d.getVersion(), nullToEmpty(d.getProvider()), nullToEmpty(d.getPluginDescription()),
                nullToEmpty(d.getRequires()), w.getPluginPath());
    }

    /** What one plugin provides, as "ExtensionPoint:name" (for list-plugins; instantiates its extensions). */
    public List<String> provides(String pluginId) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Class<?> point : EXTENSION_POINTS) {
            manager.getExtensions(point, pluginId).stream().map(ext -> point.getSimpleName() + ":" + describeExtension(ext))
                    .sorted().forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static String describeExtension(Object ext) {
        if (ext instanceof ModelAdapterFactory f) return f.type();
        if (ext instanceof DatasetLoader l) return l.format();
        if (ext instanceof Metric m) return m.name();
        if (ext instanceof RobustnessProbe p) return p.name();
        if (ext instanceof ReportSection r) return r.id();
        return ext.getClass().getSimpleName();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public List<PluginInfo> plugins() {
        return plugins;
    }

    /** All extensions of one point, ordered by plugin id then class name (deterministic whatever the file order). */
    @SuppressWarnings("unchecked")
    public <T> List<T> extensions(Class<T> point) {
        return (List<T>) extensions.computeIfAbsent(point, this::findExtensions);
    }

    private final java.util.Map<Class<?>, List<?>> extensions = new java.util.concurrent.ConcurrentHashMap<>();

    private <T> List<T> findExtensions(Class<T> point) {
        // Only what plugins provide: PF4J would also list META-INF/services entries of the kernel's own class path
        // (e.g. a plugin jar that ended up there too), which would duplicate extensions.
        List<T> all = new ArrayList<>(manager.getExtensions(point).stream().filter(e -> manager.whichPlugin(e.getClass()) != null).toList());
        all.sort(Comparator.comparing((T e) -> pluginOf(e)).thenComparing(e -> e.getClass().getName()));
        return List.copyOf(all);
    }

    private String pluginOf(Object extension) {
        PluginWrapper w = manager.whichPlugin(extension.getClass());
        return w == null ? "" : w.getPluginId();
    }

    /** The plugin that provides this extension (for provenance), or "kernel". */
    public PluginInfo providerOf(Object extension) {
        String id = pluginOf(extension);
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    @Override
    public void close() {
        manager.stopPlugins();
        manager.unloadPlugins();
    }
}
