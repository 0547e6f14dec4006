package io.fmbench.spi;

import java.nio.file.Path;
import java.util.Map;

/**
 * A model config file (the reference's {@code configs/model_*.yaml}): {@code model_id}, {@code type} and whatever else
 * the adapter reads.
 *
 * @param file     the config file (absolute)
 * @param modelId  model_id
 * @param type     type (python_class, adapter, baseline, onnx, subprocess, precomputed, ...)
 * @param settings the whole YAML mapping
 */
public record ModelConfig(Path file, String modelId, String type, Map<String, Object> settings) {

    public ModelConfig {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public String string(String key, String fallback) {
        Object v = settings.get(key);
        return v == null ? fallback : v.toString();
    }

    public long number(String key, long fallback) {
        Object v = settings.get(key);
        if (v instanceof Number n) return n.longValue();
        if (v instanceof String s && !s.isBlank()) return Long.parseLong(s.trim());
        return fallback;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object v = settings.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A path written in the config, resolved against the config file's folder. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p).normalize();
    }
}
