package io.fmbench.kernel.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PropertiesPluginDescriptorFinder;

/** Finds plugin.properties (or manifest entries) in a plugin jar, a plugin folder, or a reactor module's target/classes. */
final class PluginDescriptors {

    private PluginDescriptors() {}

    static PluginDescriptorFinder finder() {
        return new CompoundPluginDescriptorFinder()
                .add(new ReactorAwarePropertiesFinder())
                .add(new ManifestPluginDescriptorFinder());
    }

    /** A folder that is a Maven module of the reactor (development mode): its classes are in target/classes. */
    static boolean isReactorModule(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve("pom.xml"))
                && Files.isDirectory(dir.resolve("target/classes"));
    }

    private static final class ReactorAwarePropertiesFinder extends PropertiesPluginDescriptorFinder {
        @Override
        protected Path getPropertiesPath(Path pluginPath, String propertiesFileName) {
            if (isReactorModule(pluginPath)) return pluginPath.resolve("target/classes").resolve(propertiesFileName);
            return super.getPropertiesPath(pluginPath, propertiesFileName);
        }
    }
}
