package io.fmbench.kernel.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where definitions and data live. The root is {@code --root}, else $FMBENCH_ROOT, else the distribution's home
 * (system property fmbench.home), else the nearest folder above the working directory that has a configs/ folder.
 * Relative paths in dataset cards resolve against the root, so the CLI works from any working directory.
 */
public record Workspace(Path root, Path suitesDir, Path benchmarksDir, Path datasetsDir, Path modelsDir) {

    public static Workspace at(Path root) {
        Path r = root.toAbsolutePath().normalize();
        Path configs = r.resolve("configs");
        return new Workspace(r, configs.resolve("suites"), configs.resolve("benchmarks"), configs.resolve("datasets"),
                configs.resolve("models"));
    }

    public static Path defaultRoot() {
        String env = System.getenv("FMBENCH_ROOT");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("configs/suites"))) return p;
        }
        String home = System.getProperty("fmbench.home");
        if (home != null && !home.isBlank()) return Path.of(home);
        return cwd;
    }

    public Workspace withSuites(Path dir) {
        return dir == null ? this : new Workspace(root, dir.toAbsolutePath(), benchmarksDir, datasetsDir, modelsDir);
    }

    public Workspace withBenchmarks(Path dir) {
        return dir == null ? this : new Workspace(root, suitesDir, dir.toAbsolutePath(), datasetsDir, modelsDir);
    }

    public Workspace withDatasets(Path dir) {
        return dir == null ? this : new Workspace(root, suitesDir, benchmarksDir, dir.toAbsolutePath(), modelsDir);
    }

    public Workspace withModels(Path dir) {
        return dir == null ? this : new Workspace(root, suitesDir, benchmarksDir, datasetsDir, dir.toAbsolutePath());
    }

    /** A path from a dataset card, resolved against the root. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : root.resolve(p).normalize();
    }

    public Path toyData() {
        return root.resolve("toy_data");
    }
}
