package io.fmbench.kernel.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A model card (display name, aliases, declared training data) used by reports and the leaderboard. */
public record ModelCard(String id, String name, List<String> aliases, Map<String, Object> raw, Path file) {}
