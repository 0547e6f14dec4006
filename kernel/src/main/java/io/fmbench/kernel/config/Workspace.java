package io.fmbench.kernel.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where definitions and data live. The root is {@code --root}, else $FMBENCH_ROOT, else the nearest folder above the
 * working directory that has configs/suites, else the distribution's home (system property fmbench.home), else the
 * working directory. Relative paths in dataset cards resolve against the root, so the CLI works from any working
 * directory; those under toy_data/ resolve against {@link #toyData}, which is the root's toy_data/ except in the
 * distribution's home (see {@link #installation}).
 */
public record Workspace(Path root, Path suitesDir, Path benchmarksDir, Path datasetsDir, Path modelsDir, Path toyData) {

    private static final String TOY_DATA = "toy_data";

    public Workspace(Path root, Path suitesDir, Path benchmarksDir, Path datasetsDir, Path modelsDir) {
        this(root, suitesDir, benchmarksDir, datasetsDir, modelsDir, root.resolve(TOY_DATA));
    }

    public static Workspace at(Path root) {
        Path r = root.toAbsolutePath().normalize();
        Path configs = r.resolve("configs");
        return new Workspace(r, configs.resolve("suites"), configs.resolve("benchmarks"), configs.resolve("datasets"),
                configs.resolve("models"));
    }

    /**
     * The distribution's own definitions, used when no workspace is found: the toy data it generates goes to the
     * user's data folder ($XDG_DATA_HOME/fmbench/toy_data, by default ~/.local/share/fmbench/toy_data), never into the
     * installation, which may be read-only or shared, and is replaced by the next upgrade.
     */
    public static Workspace installation(Path home) {
        Workspace w = at(home);
        return new Workspace(w.root, w.suitesDir, w.benchmarksDir, w.datasetsDir, w.modelsDir, userDataDir().resolve(TOY_DATA));
    }

    /** The workspace when no --root is given (see the class comment for the order). */
    public static Workspace found() {
        String env = System.getenv("FMBENCH_ROOT");
        if (env != null && !env.isBlank()) return at(Path.of(env));
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("configs/suites"))) return at(p);
        }
        String home = System.getProperty("fmbench.home");
        if (home != null && !home.isBlank()) return installation(Path.of(home));
        return at(cwd);
    }

    /** This user's folder for data fmbench makes: $XDG_DATA_HOME/fmbench, else ~/.local/share/fmbench. */
    static Path userDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("fmbench").toAbsolutePath().normalize();
    }

    public Workspace withSuites(Path dir) {
        return dir == null ? this : new Workspace(root, dir.toAbsolutePath(), benchmarksDir, datasetsDir, modelsDir, toyData);
    }

    public Workspace withBenchmarks(Path dir) {
        return dir == null ? this : new Workspace(root, suitesDir, dir.toAbsolutePath(), datasetsDir, modelsDir, toyData);
    }

    public Workspace withDatasets(Path dir) {
        return dir == null ? this : new Workspace(root, suitesDir, benchmarksDir, dir.toAbsolutePath(), modelsDir, toyData);
    }

    public Workspace withModels(Path dir) {
        return dir == null ? this : new Workspace(root, suitesDir, benchmarksDir, datasetsDir, dir.toAbsolutePath(), toyData);
    }

    /** A path from a dataset card, resolved against the root (toy_data/... against {@link #toyData}). */
    public Path resolve(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) return p;
        Path n = p.normalize();
        if (n.getNameCount() > 1 && n.getName(0).toString().equals(TOY_DATA)) return toyData.resolve(n.subpath(1, n.getNameCount()));
        return root.resolve(n).normalize();
    }
}
