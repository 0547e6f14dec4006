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

    /** Prefix of config paths that point into the weights cache. */
    public static final String CACHE_PREFIX = "cache:";

    /** The weights cache: $FMBENCH_CACHE_DIR/weights, else $XDG_CACHE_HOME/fmbench/weights, else ~/.cache/fmbench/weights. */
    public static Path weightsCache() {
        String dir = System.getenv("FMBENCH_CACHE_DIR");
        if (dir != null && !dir.isBlank()) return Path.of(dir).toAbsolutePath().resolve("weights");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.toAbsolutePath().resolve("fmbench").resolve("weights");
    }

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

    /**
     * A path written in the config, resolved against the config file's folder; {@code cache:NAME/FILE} names a file
     * that {@code fmbench download-weights --name NAME} put in the {@link #weightsCache() weights cache}.
     */
    public Path resolve(String path) {
        if (path.startsWith(CACHE_PREFIX)) return weightsCache().resolve(path.substring(CACHE_PREFIX.length())).normalize();
        Path p = Path.of(path);
        return p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p).normalize();
    }
}
