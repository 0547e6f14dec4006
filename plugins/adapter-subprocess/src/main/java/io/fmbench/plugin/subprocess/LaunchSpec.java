package io.fmbench.plugin.subprocess;

import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start and talk to one model process, read from its config. {@code type: python_class} runs the bundled
 * bridge with {@code python} (default $FMBENCH_PYTHON, else python3); {@code type: subprocess} runs {@code command}
 * (a list; the word {bridge} stands for the bundled bridge script).
 */
record LaunchSpec(List<String> command, Path cwd, Map<String, String> env, String importPath, Map<String, Object> initKwargs,
                  List<String> sysPath, Duration startupTimeout, Duration batchTimeout, int batchSize, boolean embeddings) {

    static final String BRIDGE_WORD = "{bridge}";

    static LaunchSpec from(ModelConfig c, Path bridge) throws ModelException {
        Path cwd = c.settings().containsKey("cwd") ? c.resolve(c.string("cwd", ".")) : Path.of("").toAbsolutePath();
        Path configDir = c.file().toAbsolutePath().getParent();
        List<String> sysPath = new ArrayList<>(List.of(cwd.toString(), configDir.toString()));
        for (String p : strings(c, "python_path")) sysPath.add(c.resolve(p).toString());
        String importPath = c.string("import_path", null);
        List<String> command;
        if ("python_class".equals(c.type())) {
            if (importPath == null || importPath.isBlank())
                throw new ModelException("field 'import_path' is missing; write it as \"package.module:ClassName\"");
            String python = c.string("python", System.getenv().getOrDefault("FMBENCH_PYTHON", "python3"));
            command = List.of(python, bridge.toString());
        } else {
            command = new ArrayList<>();
            for (String word : strings(c, "command")) command.add(word.equals(BRIDGE_WORD) ? bridge.toString() : word);
            if (command.isEmpty())
                throw new ModelException("field 'command' is missing; give the program and its arguments as a list, e.g. "
                        + "[python3, \"{bridge}\"] with import_path, or [./my_model_server]");
        }
        if (importPath != null && importPath.chars().filter(ch -> ch == ':').count() != 1)
            throw new ModelException("field 'import_path' is '" + importPath + "'; write it as \"package.module:ClassName\" (one colon)");
        Map<String, String> env = new LinkedHashMap<>();
        c.map("env").forEach((k, v) -> env.put(k, String.valueOf(v)));
        return new LaunchSpec(List.copyOf(command), cwd, env, importPath, c.map("init_kwargs"), List.copyOf(sysPath),
                seconds(c, "startup_timeout_s", 120), seconds(c, "timeout_s", 600), (int) number(c, "batch_size", 0),
                Boolean.parseBoolean(c.string("embeddings", "false")));
    }

    private static List<String> strings(ModelConfig c, String key) throws ModelException {
        Object v = c.settings().get(key);
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        if (v instanceof String s && key.equals("python_path")) return List.of(s);
        throw new ModelException("field '" + key + "' must be a list of strings, e.g. " + key + ": [\"a\", \"b\"]");
    }

    private static long number(ModelConfig c, String key, long fallback) throws ModelException {
        try {
            long n = c.number(key, fallback);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ModelException("field '" + key + "' must be a whole number >= 0, got '" + c.settings().get(key) + "'");
        }
    }

    private static Duration seconds(ModelConfig c, String key, long fallback) throws ModelException {
        long s = number(c, key, fallback);
        if (s == 0) throw new ModelException("field '" + key + "' must be at least 1 (seconds)");
        return Duration.ofSeconds(s);
    }
}
