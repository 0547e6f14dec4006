package io.fmbench.kernel.plugins;

import java.nio.file.Path;

/** What list-plugins shows about one loaded plugin. */
public record PluginInfo(String id, String version, String provider, String description, String requires, Path path) {}
