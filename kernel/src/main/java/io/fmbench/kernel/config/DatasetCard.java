package io.fmbench.kernel.config;

import java.nio.file.Path;
import java.util.Map;

/** A dataset card; {@code path} is null for catalogue-only cards (no local data). */
public record DatasetCard(String id, String name, String path, Map<String, Object> raw, Path file) {}
