package io.fmbench.kernel.config;

import io.fmbench.spi.Direction;
import io.fmbench.spi.Task;
import java.nio.file.Path;
import java.util.Map;

/**
 * A benchmark definition. {@code primaryMetric} and {@code direction} come from the YAML's {@code metrics.primary}
 * (and {@code metrics.direction} / {@code lower_is_better}) when declared, else from the task's default.
 */
public record BenchmarkDef(String id, String name, String aiTask, Task task, String healthDomain, String healthTopic,
                           String description, String primaryMetric, Direction direction, boolean directionDeclared,
                           Map<String, Object> raw, Path file) {}
